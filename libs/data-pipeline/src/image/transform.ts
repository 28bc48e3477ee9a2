// The image transform of the vision model, in pure TypeScript over RGBA arrays so that the browser
// (canvas ImageData) and Node (decoded PNG/JPEG) run the same code and get the same bytes: drop alpha,
// bilinear resize, letterbox, and the matching box coordinates. Only + - * / and rounding are used.
import type { Box, RgbImage, RgbaImage } from './types';

// Captured once: global lookups are slow inside sandboxes such as Jest's vm contexts.
const { round, floor, min, max } = Math;

/** Drops the alpha channel. With a background colour, transparent pixels are composited over it first. */
export function dropAlpha(image: RgbaImage, background?: readonly [number, number, number]): RgbImage {
  const n = image.width * image.height;
  const out = new Uint8Array(n * 3);
  const src = image.data;
  if (src.length !== n * 4) throw new Error(`dropAlpha: expected ${n * 4} bytes for ${image.width}x${image.height} RGBA, got ${src.length}`);
  for (let i = 0; i < n; i++) {
    const a = src[i * 4 + 3];
    for (let c = 0; c < 3; c++) {
      const v = src[i * 4 + c];
      out[i * 3 + c] = background && a < 255 ? round((v * a + background[c] * (255 - a)) / 255) : v;
    }
  }
  return { width: image.width, height: image.height, data: out };
}

/** Bilinear resize with half-pixel centres (the convention of most vision libraries). */
export function resizeBilinear(image: RgbImage, width: number, height: number): RgbImage {
  if (width <= 0 || height <= 0) throw new Error(`resizeBilinear: invalid size ${width}x${height}`);
  const out = new Uint8Array(width * height * 3);
  const sx = image.width / width;
  const sy = image.height / height;
  const src = image.data;
  const maxX = image.width - 1;
  const maxY = image.height - 1;
  for (let y = 0; y < height; y++) {
    const fy = min(max((y + 0.5) * sy - 0.5, 0), maxY);
    const y0 = floor(fy);
    const y1 = min(y0 + 1, maxY);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = min(max((x + 0.5) * sx - 0.5, 0), maxX);
      const x0 = floor(fx);
      const x1 = min(x0 + 1, maxX);
      const wx = fx - x0;
      const i00 = (y0 * image.width + x0) * 3;
      const i01 = (y0 * image.width + x1) * 3;
      const i10 = (y1 * image.width + x0) * 3;
      const i11 = (y1 * image.width + x1) * 3;
      const o = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        const top = src[i00 + c] + (src[i01 + c] - src[i00 + c]) * wx;
        const bottom = src[i10 + c] + (src[i11 + c] - src[i10 + c]) * wx;
        out[o + c] = round(top + (bottom - top) * wy);
      }
    }
  }
  return { width, height, data: out };
}

export interface Letterbox {
  image: RgbImage;
  /** Scale applied to the source per axis (equal for a letterbox), and the padding added left and top. */
  scaleX: number;
  scaleY: number;
  padX: number;
  padY: number;
  sourceWidth: number;
  sourceHeight: number;
}

/** Resizes to fit inside width x height keeping the aspect ratio, padding the rest with `fill`. */
export function letterbox(image: RgbImage, width: number, height: number, fill: readonly [number, number, number] = [114, 114, 114]): Letterbox {
  const scale = min(width / image.width, height / image.height);
  const w = max(1, round(image.width * scale));
  const h = max(1, round(image.height * scale));
  const resized = resizeBilinear(image, w, h);
  const padX = floor((width - w) / 2);
  const padY = floor((height - h) / 2);
  const out = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    out[i * 3] = fill[0];
    out[i * 3 + 1] = fill[1];
    out[i * 3 + 2] = fill[2];
  }
  for (let y = 0; y < h; y++) {
    out.set(resized.data.subarray(y * w * 3, (y + 1) * w * 3), ((y + padY) * width + padX) * 3);
  }
  return { image: { width, height, data: out }, scaleX: w / image.width, scaleY: h / image.height, padX, padY, sourceWidth: image.width, sourceHeight: image.height };
}

/** A box in source pixels -> the same box in the prepared (letterboxed or stretched) image. */
export function boxToLetterbox(box: Box, lb: Letterbox): Box {
  return {
    xmin: box.xmin * lb.scaleX + lb.padX,
    ymin: box.ymin * lb.scaleY + lb.padY,
    xmax: box.xmax * lb.scaleX + lb.padX,
    ymax: box.ymax * lb.scaleY + lb.padY,
  };
}

/** A box predicted on the prepared image -> source pixels, clipped to the source image. */
export function boxFromLetterbox(box: Box, lb: Letterbox): Box {
  const clip = (v: number, limit: number) => min(max(v, 0), limit);
  return {
    xmin: clip((box.xmin - lb.padX) / lb.scaleX, lb.sourceWidth),
    ymin: clip((box.ymin - lb.padY) / lb.scaleY, lb.sourceHeight),
    xmax: clip((box.xmax - lb.padX) / lb.scaleX, lb.sourceWidth),
    ymax: clip((box.ymax - lb.padY) / lb.scaleY, lb.sourceHeight),
  };
}

/** RGB bytes -> float32 HWC tensor data in [0, 1] (optionally standardized per channel). */
export function toFloatPixels(image: RgbImage, options: { mean?: readonly number[]; std?: readonly number[] } = {}): Float32Array {
  const out = new Float32Array(image.data.length);
  const mean = options.mean ?? [0, 0, 0];
  const std = options.std ?? [1, 1, 1];
  for (let i = 0; i < image.data.length; i++) {
    const c = i % 3;
    out[i] = (image.data[i] / 255 - mean[c]) / std[c];
  }
  return out;
}

export interface PrepareOptions {
  width: number;
  height: number;
  mode?: 'letterbox' | 'stretch';
  fill?: readonly [number, number, number];
}

/** The one transform for training and serving: RGBA in, model-sized RGB out, with box mapping. */
export function prepareImage(image: RgbaImage, options: PrepareOptions): Letterbox {
  const rgb = dropAlpha(image);
  if ((options.mode ?? 'letterbox') === 'letterbox') return letterbox(rgb, options.width, options.height, options.fill);
  return {
    image: resizeBilinear(rgb, options.width, options.height),
    scaleX: options.width / image.width,
    scaleY: options.height / image.height,
    padX: 0,
    padY: 0,
    sourceWidth: image.width,
    sourceHeight: image.height,
  };
}
