// Turning what the user picked (a file, a gallery image, a camera frame) into bytes for the server and
// RGBA pixels for the browser model. Browser only.
import type { RgbaImage } from '@atlas/data-pipeline';

export interface PickedImage {
  blob: Blob;
  url: string;
  width: number;
  height: number;
  name: string;
}

export async function pickBlob(blob: Blob, name: string): Promise<PickedImage> {
  const bitmap = await createImageBitmap(blob);
  const picked = { blob, url: URL.createObjectURL(blob), width: bitmap.width, height: bitmap.height, name };
  bitmap.close();
  return picked;
}

export async function pixelsOf(picked: PickedImage): Promise<RgbaImage> {
  const bitmap = await createImageBitmap(picked.blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas in this browser');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const data = context.getImageData(0, 0, canvas.width, canvas.height);
  return { width: data.width, height: data.height, data: data.data };
}

/** One frame of a playing video element as a PNG blob. */
export async function frameOf(video: HTMLVideoElement): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d')?.drawImage(video, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the frame could not be captured'))), 'image/png'));
}
