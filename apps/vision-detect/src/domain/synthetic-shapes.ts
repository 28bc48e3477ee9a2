// A generated Pascal VOC data set of coloured shapes on a noisy background: the stand-in for "your
// own folder" in tests and in the README walkthrough. Seeded, so every run draws the same images.
import { createRng, type RgbaImage } from '@atlas/data-pipeline';

export const SHAPE_CLASSES = ['circle', 'square', 'triangle'] as const;
type Shape = (typeof SHAPE_CLASSES)[number];

const COLOURS: Record<Shape, [number, number, number]> = { circle: [220, 40, 40], square: [40, 90, 220], triangle: [240, 200, 30] };

export interface ShapeImage {
  stem: string;
  image: RgbaImage;
  xml: string;
  boxes: { name: Shape; xmin: number; ymin: number; xmax: number; ymax: number }[];
}

function inside(shape: Shape, u: number, v: number): boolean {
  // u, v in [-1, 1] over the shape's box
  if (shape === 'circle') return u * u + v * v <= 1;
  if (shape === 'square') return true;
  return v >= -1 && Math.abs(u) <= (v + 1) / 2; // apex at the top
}

export function vocXml(stem: string, width: number, height: number, boxes: ShapeImage['boxes']): string {
  const objects = boxes
    .map((b) => `  <object><name>${b.name}</name><difficult>0</difficult><bndbox><xmin>${b.xmin}</xmin><ymin>${b.ymin}</ymin><xmax>${b.xmax}</xmax><ymax>${b.ymax}</ymax></bndbox></object>`)
    .join('\n');
  return `<annotation>\n  <filename>${stem}.png</filename>\n  <size><width>${width}</width><height>${height}</height><depth>3</depth></size>\n${objects}\n</annotation>\n`;
}

export function generateShapes(options: { count: number; seed?: string; width?: number; height?: number }): ShapeImage[] {
  const rng = createRng(options.seed ?? 'shapes');
  const width = options.width ?? 96;
  const height = options.height ?? 72;
  const out: ShapeImage[] = [];
  for (let n = 0; n < options.count; n++) {
    const data = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      const g = 90 + Math.floor(rng() * 60);
      data.set([g, g, g, 255], i * 4);
    }
    const boxes: ShapeImage['boxes'] = [];
    const objects = 1 + Math.floor(rng() * 2);
    for (let k = 0; k < objects; k++) {
      const name = SHAPE_CLASSES[Math.floor(rng() * SHAPE_CLASSES.length)];
      const side = 16 + Math.floor(rng() * 18);
      const xmin = Math.floor(rng() * (width - side));
      const ymin = Math.floor(rng() * (height - side));
      if (boxes.some((b) => xmin < b.xmax && xmin + side > b.xmin && ymin < b.ymax && ymin + side > b.ymin)) continue;
      for (let y = ymin; y < ymin + side; y++) {
        for (let x = xmin; x < xmin + side; x++) {
          if (inside(name, ((x + 0.5 - xmin) / side) * 2 - 1, ((y + 0.5 - ymin) / side) * 2 - 1)) data.set([...COLOURS[name], 255], (y * width + x) * 4);
        }
      }
      boxes.push({ name, xmin, ymin, xmax: xmin + side, ymax: ymin + side });
    }
    const stem = `shapes${String(n).padStart(3, '0')}`;
    out.push({ stem, image: { width, height, data }, xml: vocXml(stem, width, height, boxes), boxes });
  }
  return out;
}
