// The one image transform of training, the server and the browser: RGBA -> letterboxed RGB at the
// model's input size -> float pixels, and model boxes back to source pixels. Pure TypeScript
// (data-pipeline's transform), so a browser canvas and a decoded PNG give the same tensor.
import { boxFromLetterbox, prepareImage, toFloatPixels, type Letterbox, type RgbImage, type RgbaImage } from '@atlas/data-pipeline';

// Pixels are scaled to about [-2, 2]: the first batch norm copes with any scale, but a centred input
// makes the first steps of a from-scratch run steadier.
const NORMALISE = { mean: [0.5, 0.5, 0.5], std: [0.25, 0.25, 0.25] };

/** The letterbox fill (YOLO's grey), also used for the padding of zoom-out crops. */
export const FILL: readonly [number, number, number] = [114, 114, 114];

export function pixelsOf(image: RgbImage): Float32Array {
  return toFloatPixels(image, NORMALISE);
}

export interface PreparedImage {
  pixels: Float32Array;
  letterbox: Letterbox;
}

export function prepareInput(image: RgbaImage, inputSize: number): PreparedImage {
  const letterbox = prepareImage(image, { width: inputSize, height: inputSize, mode: 'letterbox', fill: FILL });
  return { pixels: pixelsOf(letterbox.image), letterbox };
}

export interface PixelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A box on the model input -> source-image pixels (clipped to the image). */
export function toSourceBox(box: PixelBox, letterbox: Letterbox): PixelBox {
  const b = boxFromLetterbox({ xmin: box.x1, ymin: box.y1, xmax: box.x2, ymax: box.y2 }, letterbox);
  return { x1: b.xmin, y1: b.ymin, x2: b.xmax, y2: b.ymax };
}
