import { boxFromLetterbox, boxToLetterbox, dropAlpha, letterbox, prepareImage, resizeBilinear, toFloatPixels } from '../../src/image/transform';
import type { RgbaImage } from '../../src/image/types';
import { decodeImage, encodePng, imageFormat } from '../../src/parse/image-decode';
import { generateRoadSignSample } from '../../src/samples/road-sign-sample';

function checker(width: number, height: number, alpha = 255): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const on = (x + y) % 2 === 0 ? 200 : 20;
      data.set([on, x * 10, y * 10, alpha], i);
    }
  }
  return { width, height, data };
}

describe('image transform', () => {
  it('drops alpha, optionally over a background', () => {
    const img = checker(2, 1, 128);
    expect(Array.from(dropAlpha(img).data)).toEqual([200, 0, 0, 20, 10, 0]);
    expect(Array.from(dropAlpha(img, [255, 255, 255]).data)).toEqual([227, 127, 127, 137, 132, 127]);
    expect(() => dropAlpha({ width: 3, height: 3, data: new Uint8Array(4) })).toThrow(/expected 36 bytes/);
  });

  it('resizes bilinearly: identity at the same size, averages when halving', () => {
    const rgb = dropAlpha(checker(4, 4));
    expect(resizeBilinear(rgb, 4, 4).data).toEqual(rgb.data);
    const half = resizeBilinear(rgb, 2, 2);
    expect(half.data[0]).toBe(110);
  });

  it('letterboxes with padding and maps boxes both ways', () => {
    const rgb = dropAlpha(checker(300, 400));
    const lb = letterbox(rgb, 160, 160);
    expect(lb.image.width).toBe(160);
    expect(lb.padX).toBe(20);
    expect(lb.padY).toBe(0);
    expect(Array.from(lb.image.data.subarray(0, 3))).toEqual([114, 114, 114]);
    const box = { xmin: 101, ymin: 150, xmax: 163, ymax: 226 };
    const mapped = boxToLetterbox(box, lb);
    expect(mapped.xmin).toBeCloseTo(101 * 0.4 + 20, 10);
    const back = boxFromLetterbox(mapped, lb);
    for (const k of ['xmin', 'ymin', 'xmax', 'ymax'] as const) expect(back[k]).toBeCloseTo(box[k], 9);
    const stretched = prepareImage(checker(300, 400), { width: 100, height: 100, mode: 'stretch' });
    expect(boxToLetterbox(box, stretched).ymax).toBeCloseTo(226 / 4, 10);
    expect(toFloatPixels(lb.image)[0]).toBeCloseTo(114 / 255, 6);
  });

  it('decodes PNG bytes to the same RGBA that was encoded', () => {
    const [sample] = generateRoadSignSample({ images: 1 });
    const png = encodePng(sample.image);
    expect(imageFormat(png)).toBe('png');
    const decoded = decodeImage(png);
    expect(decoded.width).toBe(sample.image.width);
    expect(Buffer.from(decoded.data)).toEqual(Buffer.from(sample.image.data));
    expect(() => decodeImage(new Uint8Array([1, 2, 3]))).toThrow(/unsupported image format/);
  });
});
