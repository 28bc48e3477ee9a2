// A generated stand-in for the road-sign detection subset: small synthetic pictures (noise and a
// gradient for a background) with drawn signs of the four classes, and Pascal VOC annotations in the
// same layout as the real files. One annotation holds a zero-size box and one a box that sticks out of
// the image, for the cleaning step. Browser-safe.
import type { RgbaImage } from '../image/types';
import { sampleRandom, type SampleRandom } from './random';

export const ROAD_SIGN_CLASSES = ['trafficlight', 'stop', 'speedlimit', 'crosswalk'] as const;
export type RoadSignClass = (typeof ROAD_SIGN_CLASSES)[number];

export interface RoadSignSampleImage {
  stem: string;
  xml: string;
  image: RgbaImage;
}

type Rgb = readonly [number, number, number];

function paint(img: RgbaImage, x: number, y: number, c: Rgb): void {
  if (x < 0 || y < 0 || x >= img.width || y >= img.height) return;
  const i = (y * img.width + x) * 4;
  img.data[i] = c[0];
  img.data[i + 1] = c[1];
  img.data[i + 2] = c[2];
  img.data[i + 3] = 255;
}

function fillShape(img: RgbaImage, x0: number, y0: number, w: number, h: number, colour: (u: number, v: number) => Rgb | null): void {
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // u, v in [-1, 1] across the box
      const c = colour(((x + 0.5) / w) * 2 - 1, ((y + 0.5) / h) * 2 - 1);
      if (c) paint(img, x0 + x, y0 + y, c);
    }
  }
}

const RED: Rgb = [200, 30, 35];
const WHITE: Rgb = [240, 240, 240];
const BLUE: Rgb = [25, 80, 190];
const DARK: Rgb = [30, 30, 30];

function drawSign(img: RgbaImage, cls: RoadSignClass, x: number, y: number, w: number, h: number): void {
  if (cls === 'stop') {
    fillShape(img, x, y, w, h, (u, v) => {
      const a = Math.abs(u);
      const b = Math.abs(v);
      if (a + b > 1.42) return null;
      return a + b > 1.25 || a > 0.9 || b > 0.9 ? WHITE : RED;
    });
  } else if (cls === 'speedlimit') {
    fillShape(img, x, y, w, h, (u, v) => {
      const d = u * u + v * v;
      if (d > 1) return null;
      if (d > 0.55) return RED;
      return Math.abs(u) < 0.12 && Math.abs(v) < 0.4 ? DARK : WHITE;
    });
  } else if (cls === 'crosswalk') {
    // a blue square with a white triangle
    fillShape(img, x, y, w, h, (u, v) => (v > -0.5 && v < 0.5 && Math.abs(u) < (v + 0.5) * 0.6 ? WHITE : BLUE));
  } else {
    fillShape(img, x, y, w, h, (u, v) => {
      for (const [cy, c] of [[-0.6, RED], [0, [230, 180, 20] as Rgb], [0.6, [30, 170, 60] as Rgb]] as const) {
        if (u * u * 1.6 + ((v - cy) * 3) * ((v - cy) * 3) * 0.45 < 0.5) return c;
      }
      return DARK;
    });
  }
}

function background(width: number, height: number, r: SampleRandom): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  const sky = r.int(120, 200);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const base = y < height / 2 ? sky - (y * 40) / height : 90 + (y * 30) / height;
      const noise = r.int(-12, 12);
      data[i] = Math.max(0, Math.min(255, Math.round(base * 0.8 + noise)));
      data[i + 1] = Math.max(0, Math.min(255, Math.round(base * 0.9 + noise)));
      data[i + 2] = Math.max(0, Math.min(255, Math.round(base + noise)));
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

function vocXml(stem: string, width: number, height: number, objects: ReadonlyArray<{ name: string; box: readonly number[] }>): string {
  const obj = objects
    .map(
      ({ name, box }) => `    <object>
        <name>${name}</name>
        <pose>Unspecified</pose>
        <truncated>0</truncated>
        <occluded>0</occluded>
        <difficult>0</difficult>
        <bndbox>
            <xmin>${box[0]}</xmin>
            <ymin>${box[1]}</ymin>
            <xmax>${box[2]}</xmax>
            <ymax>${box[3]}</ymax>
        </bndbox>
    </object>`,
    )
    .join('\n');
  return `<annotation>
    <folder>images</folder>
    <filename>${stem}.png</filename>
    <size>
        <width>${width}</width>
        <height>${height}</height>
        <depth>3</depth>
    </size>
    <segmented>0</segmented>
${obj}
</annotation>`;
}

export function generateRoadSignSample(options: { seed?: string; images?: number } = {}): RoadSignSampleImage[] {
  const r = sampleRandom(`road-sign-sample:${options.seed ?? 'atlas'}`);
  const count = options.images ?? 24;
  const out: RoadSignSampleImage[] = [];
  for (let n = 0; n < count; n++) {
    const portrait = r.chance(0.8);
    const width = portrait ? 72 : 96;
    const height = portrait ? 96 : 72;
    const image = background(width, height, r);
    const objects: Array<{ name: string; box: number[] }> = [];
    const k = r.chance(0.25) ? 2 : 1;
    for (let j = 0; j < k; j++) {
      const cls = ROAD_SIGN_CLASSES[(n + j * 2) % ROAD_SIGN_CLASSES.length];
      const w = cls === 'trafficlight' ? r.int(12, 18) : r.int(18, 30);
      const h = cls === 'trafficlight' ? w * 2 : w;
      const x = j === 0 ? r.int(2, Math.floor(width / 2) - w / 2) : r.int(Math.floor(width / 2), width - w - 2);
      const y = r.int(2, height - h - 2);
      drawSign(image, cls, x, y, w, h);
      objects.push({ name: cls, box: [x, y, x + w, y + h] });
    }
    if (n === 3) objects.push({ name: 'stop', box: [10, 10, 10, 30] });
    if (n === 5) objects[0].box[2] = width + 6;
    const stem = `sample${n}`;
    out.push({ stem, xml: vocXml(stem, width, height, objects), image });
  }
  return out;
}
