import { encodePng } from '@atlas/data-pipeline/node';
import jpeg from 'jpeg-js';
import { checkImageHeader, ImageRejected } from '../../src/domain/image-header';

const png = (width: number, height: number) => new Uint8Array(encodePng({ width, height, data: new Uint8Array(width * height * 4).fill(200) }));

function rejection(bytes: Uint8Array): ImageRejected {
  try {
    checkImageHeader(bytes);
  } catch (error) {
    if (error instanceof ImageRejected) return error;
    throw error;
  }
  throw new Error('not rejected');
}

describe('image header checks', () => {
  it('reads PNG and JPEG sizes without decoding', () => {
    expect(checkImageHeader(png(7, 5))).toEqual({ format: 'png', width: 7, height: 5 });
    const jpg = jpeg.encode({ width: 9, height: 4, data: Buffer.alloc(9 * 4 * 4, 128) }, 80).data;
    expect(checkImageHeader(new Uint8Array(jpg))).toEqual({ format: 'jpeg', width: 9, height: 4 });
  });

  it('refuses a decompression bomb by its declared size (413), before any inflating', () => {
    const bomb = png(1, 1);
    const view = new DataView(bomb.buffer, bomb.byteOffset);
    view.setUint32(16, 50_000); // IHDR width
    view.setUint32(20, 50_000); // IHDR height: 2.5 gigapixels declared in a 70-byte file
    const error = rejection(bomb);
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/50000x50000 pixels; the limit is 16000000/);
  });

  it('refuses other formats (415), empty and truncated files (400), and oversized files (413)', () => {
    expect(rejection(new TextEncoder().encode('GIF89a....')).status).toBe(415);
    expect(rejection(new Uint8Array(0)).status).toBe(400);
    expect(rejection(png(2, 2).subarray(0, 12)).status).toBe(400);
    expect(rejection(new Uint8Array([0xff, 0xd8, 0xff, 0xd9])).status).toBe(400);
    expect(rejection(new Uint8Array(6 * 1024 * 1024)).status).toBe(413);
  });
});
