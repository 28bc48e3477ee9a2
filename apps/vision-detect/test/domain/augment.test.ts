import { createRng } from '@atlas/data-pipeline';
import { augmentExample, boxesInWindow, boxBlur, cropWindow, jitterColour, randomWindow } from '../../src/domain/augment';
import type { AugmentConfig } from '../../src/domain/configs';

const image = (width: number, height: number, fill = (x: number, y: number) => [x, y, 0]) => {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(fill(x, y), (y * width + x) * 3);
  return { width, height, data };
};

describe('augmentation', () => {
  it('crops a window and fills what lies outside the image with grey', () => {
    const out = cropWindow(image(4, 3), { x0: 2, y0: -1, width: 3, height: 2 });
    expect(out.width).toBe(3);
    // Row 0 is above the image: grey. Row 1 is the image's row 0 from x = 2: (2,0), (3,0), then grey.
    expect([...out.data.subarray(0, 3)]).toEqual([114, 114, 114]);
    expect([...out.data.subarray(9, 18)]).toEqual([2, 0, 0, 3, 0, 0, 114, 114, 114]);
  });

  it('keeps a cut box only when enough of it stays visible, in window coordinates', () => {
    const boxes = [
      { classId: 0, x1: 10, y1: 10, x2: 20, y2: 20 }, // 70% inside the window below
      { classId: 1, x1: 0, y1: 0, x2: 10, y2: 10 }, // 0% inside
      { classId: 2, x1: 40, y1: 40, x2: 50, y2: 50 }, // fully inside
    ];
    const kept = boxesInWindow(boxes, { x0: 13, y0: 10, width: 100, height: 100 }, 0.6);
    expect(kept).toEqual([
      { classId: 0, x1: 0, y1: 0, x2: 7, y2: 10 },
      { classId: 2, x1: 27, y1: 30, x2: 37, y2: 40 },
    ]);
    expect(boxesInWindow(boxes, { x0: 13, y0: 10, width: 100, height: 100 }, 0.8).map((b) => b.classId)).toEqual([2]);
  });

  it('never mirrors: a box left of another stays left of it, and boxes stay inside the crop', () => {
    const config: AugmentConfig = { scale: [0.5, 0.8], objectCentred: 0.5, aspect: 0.1, colour: 0.2, blur: 0.5, minVisible: 0 };
    const rng = createRng('no-flip');
    let both = 0;
    for (let i = 0; i < 30; i++) {
      const out = augmentExample(image(80, 60), [{ classId: 0, x1: 5, y1: 20, x2: 15, y2: 30 }, { classId: 1, x1: 60, y1: 20, x2: 70, y2: 30 }], 64, 32, config, rng);
      const left = out.boxes.find((b) => b.classId === 0);
      const right = out.boxes.find((b) => b.classId === 1);
      if (left && right) {
        both += 1;
        expect(left.x1).toBeLessThan(right.x1);
      }
      expect(out.image.width).toBe(32);
      for (const b of out.boxes) {
        expect(b.x1).toBeGreaterThanOrEqual(0);
        expect(b.x2).toBeLessThanOrEqual(32 + 1e-9);
      }
    }
    expect(both).toBeGreaterThan(0);
  });

  it('centres crops on a sign as often as configured', () => {
    const config: AugmentConfig = { scale: [1, 1], objectCentred: 1, aspect: 0, colour: 0, blur: 0, minVisible: 0.99 };
    const rng = createRng('centred');
    // A 400x300 photo served at 160: scale 0.4, so a 32-pixel crop covers 80 source pixels.
    for (let i = 0; i < 10; i++) {
      const w = randomWindow(400, 300, [{ classId: 0, x1: 300, y1: 200, x2: 320, y2: 220 }], 160, 32, config, rng);
      expect(w.width).toBe(80);
      expect(w.x0).toBeLessThanOrEqual(300);
      expect(w.x0 + w.width).toBeGreaterThanOrEqual(320);
    }
  });

  it('blurs with a 3x3 box filter and jitters colour within bounds', () => {
    const dot = image(3, 3, (x, y) => (x === 1 && y === 1 ? [90, 90, 90] : [0, 0, 0]));
    expect(boxBlur(dot).data[(1 * 3 + 1) * 3]).toBe(10);
    const flat = image(2, 2, () => [100, 100, 100]);
    jitterColour(flat, 0.25, () => 1); // every factor at 1.25: grey stays grey, brightness scales by 1.25
    expect([...flat.data]).toEqual(new Array(12).fill(125));
  });
});
