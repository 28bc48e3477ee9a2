import {
  bootstrapCi,
  evaluateDetections,
  quantileSorted,
  rmse,
  rocAuc,
  stratifiedBootstrapCi,
  type DetectedObject,
  type GroundTruthObject,
} from '../../src/metrics';
import { createSeededRandom } from '../../src/seeded-random';

const meanOf = (values: readonly number[]) => values.reduce((total, value) => total + value, 0) / values.length;

describe('percentile bootstrap', () => {
  it('interpolates quantiles as numpy does', () => {
    // np.percentile([1, 2, 3, 4], [2.5, 50, 97.5]) = [1.075, 2.5, 3.925]: position 3 * p.
    expect(quantileSorted([1, 2, 3, 4], 0.025)).toBeCloseTo(1.075, 15);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0.975)).toBeCloseTo(3.925, 15);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });

  it('repeats for a seed and returns the documented shape', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    const first = bootstrapCi([values], meanOf, { seed: 11, resamples: 200 });
    expect(bootstrapCi([values], meanOf, { seed: 11, resamples: 200 })).toEqual(first);
    expect(bootstrapCi([values], meanOf, { seed: 12, resamples: 200 })).not.toEqual(first);
    expect(first).toMatchObject({ estimate: 3.9, level: 0.95, resamples: 200, discarded: 0 });
    expect(first.lower).toBeLessThan(first.estimate);
    expect(first.upper).toBeGreaterThan(first.estimate);
  });

  it('gives the exact percentiles of a two-point resampling distribution', () => {
    // The mean of 2 draws from [0, 1] is 0, 0.5 or 1 with probabilities 1/4, 1/2, 1/4: both 2.5%
    // tails lie inside the point masses, so the interval is [0, 1].
    const interval = bootstrapCi([[0, 1]], meanOf, { seed: 3, resamples: 2000 });
    expect(interval).toMatchObject({ estimate: 0.5, lower: 0, upper: 1 });
    // A constant sample has no spread at all.
    expect(bootstrapCi([[7, 7, 7]], meanOf)).toMatchObject({ estimate: 7, lower: 7, upper: 7 });
  });

  it('matches the normal approximation for the mean of a large sample', () => {
    // 400 uniform draws: sd ~ 0.2887, so the 95% half-width is about 1.96 * sd / sqrt(400).
    const random = createSeededRandom(5);
    const sample = Array.from({ length: 400 }, () => random());
    const sd = Math.sqrt(sample.reduce((total, value) => total + (value - meanOf(sample)) ** 2, 0) / (sample.length - 1));
    const interval = bootstrapCi([sample], meanOf, { seed: 1, resamples: 2000 });
    const halfWidth = (interval.upper - interval.lower) / 2;
    expect(halfWidth / ((1.96 * sd) / 20)).toBeGreaterThan(0.9);
    expect(halfWidth / ((1.96 * sd) / 20)).toBeLessThan(1.1);
  });

  it('keeps pairs together', () => {
    // Every resampled pair must still satisfy y = 2x, or the metric returns 0.
    const xs = [1, 2, 3, 4, 5];
    const ys = xs.map((value) => 2 * value);
    const paired = (a: readonly number[], b: readonly number[]) => (a.every((value, index) => b[index] === 2 * value) ? 1 : 0);
    expect(bootstrapCi([xs, ys], paired, { resamples: 100 })).toMatchObject({ lower: 1, upper: 1 });
    expect(bootstrapCi([[1, 2], [3, 4]], rmse, { resamples: 50 }).estimate).toBe(2);
  });

  it('discards resamples with an undefined metric, which stratification avoids', () => {
    // One positive in ten: (9/10)^10 ~ 35% of plain resamples hold no positive, so ROC AUC is NaN there.
    const labels = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const scores = [0.9, 0.1, 0.2, 0.3, 0.95, 0.4, 0.5, 0.6, 0.7, 0.8];
    const plain = bootstrapCi([labels, scores], rocAuc, { seed: 2, resamples: 1000 });
    expect(plain.discarded).toBeGreaterThan(250);
    expect(plain.discarded).toBeLessThan(450);
    const stratified = stratifiedBootstrapCi([labels, scores], rocAuc, labels, { seed: 2, resamples: 1000 });
    expect(stratified.discarded).toBe(0);
    // AUC on the full data: the positive beats 8 of 9 negatives.
    expect(stratified.estimate).toBeCloseTo(8 / 9, 15);
    expect(stratified.upper).toBeLessThanOrEqual(1);
    // Each stratified resample keeps exactly one positive.
    const positivesSeen = new Set<number>();
    stratifiedBootstrapCi([labels], (resampled) => {
      positivesSeen.add(resampled.filter((label) => label === 1).length);
      return 0;
    }, labels, { resamples: 50 });
    expect([...positivesSeen]).toEqual([1]);
  });

  it('resamples images for a detection mAP interval', () => {
    // Each image carries its ground truths and detections; a resample may repeat an image, so ids are
    // renumbered by position.
    interface Image {
      truths: GroundTruthObject[];
      found: DetectedObject[];
    }
    const images: Image[] = Array.from({ length: 12 }, (_, index) => ({
      truths: [{ imageId: 0, classId: 1, box: [0, 0, 10, 10] }],
      found: [{ imageId: 0, classId: 1, box: index % 3 === 0 ? [50, 50, 60, 60] : [0, 0, 10, 10], score: 0.5 + index / 100 }],
    }));
    const map50 = (sample: readonly Image[]) =>
      evaluateDetections(
        sample.flatMap((image, position) => image.truths.map((truth) => ({ ...truth, imageId: position }))),
        sample.flatMap((image, position) => image.found.map((found) => ({ ...found, imageId: position }))),
        { iouThresholds: [0.5] },
      ).map50;
    const interval = bootstrapCi([images], map50, { seed: 4, resamples: 100 });
    expect(interval.lower).toBeLessThanOrEqual(interval.estimate);
    expect(interval.upper).toBeGreaterThanOrEqual(interval.estimate);
    expect(interval.upper).toBeGreaterThan(interval.lower);
  });

  it('validates its arguments', () => {
    expect(() => bootstrapCi([[1, 2], [1]], rmse)).toThrow('differ in length');
    expect(() => bootstrapCi([[]], meanOf)).toThrow('empty');
    expect(() => bootstrapCi([[1]], meanOf, { level: 1 })).toThrow('level');
    expect(() => stratifiedBootstrapCi([[1, 2]], meanOf, [0])).toThrow('strata');
  });
});
