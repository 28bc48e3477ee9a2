// Training-time augmentation that respects the domain: random zoom and crop (mostly around a sign),
// aspect jitter, brightness/contrast/saturation jitter and a light blur. No horizontal flip: it
// mirrors the digits of speed limits and the text of stop signs, which never appear mirrored on a road.
import { resizeBilinear, type RgbImage, type Rng } from '@atlas/data-pipeline';
import type { AugmentConfig } from './configs';
import { FILL, type PixelBox } from './image-input';

export interface ClassBox extends PixelBox {
  classId: number;
}

export interface Window {
  x0: number;
  y0: number;
  width: number;
  height: number;
}

const uniform = (rng: Rng, lo: number, hi: number) => lo + (hi - lo) * rng();

/**
 * A crop of `crop` x `crop` model pixels at the scale the served letterbox has (inputSize over the
 * longest side) times a random zoom; centred near a random sign most of the time (training on crops
 * costs a fraction of whole images, and the signs are a small share of each photo).
 */
export function randomWindow(
  width: number,
  height: number,
  boxes: readonly ClassBox[],
  inputSize: number,
  crop: number,
  config: AugmentConfig,
  rng: Rng,
  classWeight: (classId: number) => number = () => 1,
): Window & { scale: number } {
  const zoom = uniform(rng, config.scale[0], config.scale[1]);
  const aspect = uniform(rng, 1 - config.aspect, 1 + config.aspect);
  const scale = (inputSize / Math.max(width, height)) * zoom;
  const w = Math.max(4, Math.round((crop / scale) * Math.sqrt(aspect)));
  const h = Math.max(4, Math.round(crop / scale / Math.sqrt(aspect)));
  let cx: number;
  let cy: number;
  if (boxes.length && rng() < config.objectCentred) {
    const b = pickWeighted(boxes, (box) => classWeight(box.classId), rng);
    cx = (b.x1 + b.x2) / 2 + (rng() - 0.5) * w * 0.7;
    cy = (b.y1 + b.y2) / 2 + (rng() - 0.5) * h * 0.7;
  } else {
    cx = uniform(rng, Math.min(w / 2, width / 2), Math.max(width - w / 2, width / 2));
    cy = uniform(rng, Math.min(h / 2, height / 2), Math.max(height - h / 2, height / 2));
  }
  return { x0: Math.round(cx - w / 2), y0: Math.round(cy - h / 2), width: w, height: h, scale };
}

/** One item, with probability proportional to its weight. */
export function pickWeighted<T>(items: readonly T[], weight: (item: T) => number, rng: Rng): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let at = rng() * total;
  for (const item of items) {
    at -= weight(item);
    if (at < 0) return item;
  }
  return items[items.length - 1];
}

/** Copies the window out of the image, grey where it lies outside. */
export function cropWindow(image: RgbImage, window: Window): RgbImage {
  const out = new Uint8Array(window.width * window.height * 3);
  for (let i = 0; i < window.width * window.height; i++) out.set(FILL, i * 3);
  const xStart = Math.max(0, window.x0);
  const xEnd = Math.min(image.width, window.x0 + window.width);
  if (xEnd <= xStart) return { width: window.width, height: window.height, data: out };
  for (let y = Math.max(0, window.y0); y < Math.min(image.height, window.y0 + window.height); y++) {
    const from = (y * image.width + xStart) * 3;
    out.set(image.data.subarray(from, from + (xEnd - xStart) * 3), ((y - window.y0) * window.width + (xStart - window.x0)) * 3);
  }
  return { width: window.width, height: window.height, data: out };
}

/** Boxes moved into the window; a box keeps its place if at least `minVisible` of it stays inside. */
export function boxesInWindow(boxes: readonly ClassBox[], window: Window, minVisible: number): ClassBox[] {
  const kept: ClassBox[] = [];
  for (const b of boxes) {
    const x1 = Math.max(b.x1, window.x0);
    const y1 = Math.max(b.y1, window.y0);
    const x2 = Math.min(b.x2, window.x0 + window.width);
    const y2 = Math.min(b.y2, window.y0 + window.height);
    if (x2 <= x1 || y2 <= y1) continue;
    const visible = ((x2 - x1) * (y2 - y1)) / ((b.x2 - b.x1) * (b.y2 - b.y1));
    if (visible < minVisible) continue;
    kept.push({ classId: b.classId, x1: x1 - window.x0, y1: y1 - window.y0, x2: x2 - window.x0, y2: y2 - window.y0 });
  }
  return kept;
}

/** Brightness, contrast and saturation factors in [1 - amount, 1 + amount], applied in place. */
export function jitterColour(image: RgbImage, amount: number, rng: Rng): void {
  const brightness = uniform(rng, 1 - amount, 1 + amount);
  const contrast = uniform(rng, 1 - amount, 1 + amount);
  const saturation = uniform(rng, 1 - amount, 1 + amount);
  const data = image.data;
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += data[i];
  const mean = sum / data.length;
  for (let i = 0; i < data.length; i += 3) {
    const grey = 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2];
    for (let c = 0; c < 3; c++) {
      let v = grey + (data[i + c] - grey) * saturation;
      v = mean + (v - mean) * contrast;
      data[i + c] = Math.min(255, Math.max(0, Math.round(v * brightness)));
    }
  }
}

/** 3x3 box blur (edges clamped): a stand-in for motion and focus blur of a dash camera. */
export function boxBlur(image: RgbImage): RgbImage {
  const { width, height, data } = image;
  const out = new Uint8Array(data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let dy = -1; dy <= 1; dy++) {
          const yy = Math.min(height - 1, Math.max(0, y + dy));
          for (let dx = -1; dx <= 1; dx++) sum += data[(yy * width + Math.min(width - 1, Math.max(0, x + dx))) * 3 + c];
        }
        out[(y * width + x) * 3 + c] = Math.round(sum / 9);
      }
    }
  }
  return { width, height, data: out };
}

/** One augmented training crop: window, resize to crop x crop, colour, blur; boxes follow. */
export function augmentExample(
  image: RgbImage,
  boxes: readonly ClassBox[],
  inputSize: number,
  crop: number,
  config: AugmentConfig,
  rng: Rng,
  classWeight?: (classId: number) => number,
): { image: RgbImage; boxes: ClassBox[] } {
  const window = randomWindow(image.width, image.height, boxes, inputSize, crop, config, rng, classWeight);
  const kept = boxesInWindow(boxes, window, config.minVisible);
  let out = resizeBilinear(cropWindow(image, window), crop, crop);
  jitterColour(out, config.colour, rng);
  if (rng() < config.blur) out = boxBlur(out);
  const sx = crop / window.width;
  const sy = crop / window.height;
  return { image: out, boxes: kept.map((b) => ({ classId: b.classId, x1: b.x1 * sx, y1: b.y1 * sy, x2: b.x2 * sx, y2: b.y2 * sy })) };
}
