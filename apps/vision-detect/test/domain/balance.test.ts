import { createRng } from '@atlas/data-pipeline';
import { pickWeighted } from '../../src/domain/augment';
import type { DetectionExample } from '../../src/domain/detection-data';
import { imageFrequencies, learningRateAt, repeatFactors } from '../../src/domain/train-detector';
import { CONFIGS } from '../../src/domain/configs';

const example = (id: string, classes: number[]): DetectionExample => ({
  id,
  image: { width: 1, height: 1, data: new Uint8Array(3) },
  boxes: classes.map((classId) => ({ classId, x1: 0, y1: 0, x2: 1, y2: 1 })),
});

describe('class balance', () => {
  // 10 images: class 0 in all of them, class 1 in one, class 2 in none.
  const train = [example('a', [0, 1]), ...Array.from({ length: 9 }, (_, i) => example(`b${i}`, [0, 0]))];

  it('counts the share of images holding each class, once per image', () => {
    expect(imageFrequencies(train, 3)).toEqual([1, 0.1, 0]);
  });

  it('repeats images of rare classes sqrt(t / f) times (LVIS repeat-factor sampling)', () => {
    const r = repeatFactors(train, imageFrequencies(train, 3), 0.4);
    expect(r[0]).toBeCloseTo(2, 12); // sqrt(0.4 / 0.1)
    expect(r.slice(1)).toEqual(new Array(9).fill(1)); // sqrt(0.4 / 1) < 1
  });

  it('picks items in proportion to their weights', () => {
    const rng = createRng('weights');
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 4000; i++) counts[pickWeighted(['a', 'b'] as const, (x) => (x === 'a' ? 3 : 1), rng)] += 1;
    expect(counts.a / 4000).toBeGreaterThan(0.72);
    expect(counts.a / 4000).toBeLessThan(0.78);
  });

  it('warms the learning rate up, then decays it along a cosine to 2% of the peak', () => {
    const p = CONFIGS['balanced-224'];
    expect(learningRateAt(p, p.warmup / 2)).toBeCloseTo(p.learningRate / 2, 12);
    expect(learningRateAt(p, p.warmup)).toBeCloseTo(p.learningRate, 12);
    expect(learningRateAt(p, (1 + p.warmup) / 2)).toBeCloseTo(p.learningRate * 0.51, 12);
    expect(learningRateAt(p, 1)).toBeCloseTo(p.learningRate * 0.02, 12);
  });
});
