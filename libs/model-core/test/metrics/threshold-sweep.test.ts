import {
  chooseOperatingPoint,
  maxValueOperatingPoint,
  thresholdGrid,
  thresholdSweep,
  type OperatingPoint,
} from '../../src/metrics';

// Two positives and three negatives, scores all distinct.
const labels = [1, 0, 1, 0, 0];
const scores = [0.9, 0.8, 0.6, 0.4, 0.2];
// A false positive costs 1, a false negative 5, a true positive earns 2.
const costs = { falsePositiveCost: 1, falseNegativeCost: 5, truePositiveValue: 2 };

describe('threshold sweep', () => {
  const points = thresholdSweep(labels, scores, { costs });

  it('evaluates every distinct score plus "nothing positive", highest threshold first', () => {
    expect(points.map((point) => point.threshold)).toEqual([Number.POSITIVE_INFINITY, 0.9, 0.8, 0.6, 0.4, 0.2]);
    // Confusion counts at each threshold (score >= threshold is positive):
    expect(points.map(({ tp, fp, tn, fn }) => [tp, fp, tn, fn])).toEqual([
      [0, 0, 3, 2],
      [1, 0, 3, 1],
      [1, 1, 2, 1],
      [2, 1, 2, 0],
      [2, 2, 1, 0],
      [2, 3, 0, 0],
    ]);
    // Value: 2 TP - 1 FP - 5 FN -> -10, -3, -4, 3, 2, 1.
    expect(points.map((point) => point.expectedValue)).toEqual([-10, -3, -4, 3, 2, 1]);
    expect(points[3].expectedValuePerCase).toBeCloseTo(3 / 5, 15);
  });

  it('reports the rates, with null where a ratio is 0/0', () => {
    const atSix = points[3];
    expect(atSix.tpr).toBe(1); // 2 / 2
    expect(atSix.fpr).toBeCloseTo(1 / 3, 15); // 1 / 3
    expect(atSix.precision).toBeCloseTo(2 / 3, 15); // 2 / (2 + 1)
    expect(atSix.npv).toBe(1); // 2 / (2 + 0)
    expect(atSix.specificity).toBeCloseTo(2 / 3, 15); // 2 / 3
    expect(atSix.positiveRate).toBe(0.6); // 3 / 5
    expect(points[0].precision).toBeNull(); // nothing predicted positive
    expect(points[5].npv).toBeNull(); // nothing predicted negative
    expect(thresholdSweep([0, 0], [0.1, 0.2])[1].tpr).toBeNull(); // no positives
  });

  it('accepts explicit thresholds such as a slider grid', () => {
    expect(thresholdGrid(4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    const grid = thresholdSweep(labels, scores, { thresholds: thresholdGrid(4), costs });
    expect(grid.map((point) => point.threshold)).toEqual([1, 0.75, 0.5, 0.25, 0]);
    // >= 0.75 takes 0.9 and 0.8; >= 0.5 adds 0.6; >= 0.25 adds 0.4; >= 0 takes all.
    expect(grid.map((point) => point.tp + point.fp)).toEqual([0, 2, 3, 4, 5]);
  });

  it('breaks ties between equal scores as one decision', () => {
    const tied = thresholdSweep([1, 0, 1], [0.5, 0.5, 0.2]);
    expect(tied.map((point) => [point.threshold, point.tp, point.fp])).toEqual([
      [Number.POSITIVE_INFINITY, 0, 0],
      [0.5, 1, 1],
      [0.2, 2, 1],
    ]);
  });
});

describe('choosing an operating point', () => {
  const points = thresholdSweep(labels, scores, { costs });

  it('maximises expected value', () => {
    expect(maxValueOperatingPoint(points)?.threshold).toBe(0.6);
    expect(chooseOperatingPoint(points)?.expectedValue).toBe(3);
  });

  it('meets constraints and returns null when none can be met', () => {
    // Highest recall with no false positives: 0.9 (recall 1/2).
    expect(chooseOperatingPoint(points, { maximize: 'tpr', constraints: { maxFpr: 0 } })?.threshold).toBe(0.9);
    // Full recall with the best specificity: 0.6 (specificity 2/3).
    expect(chooseOperatingPoint(points, { maximize: 'specificity', constraints: { minTpr: 1 } })?.threshold).toBe(0.6);
    // Best value with at most 40% flagged: 0.9 (-3) beats 0.8 (-4) and Infinity (-10).
    expect(chooseOperatingPoint(points, { constraints: { maxPositiveRate: 0.4 } })?.threshold).toBe(0.9);
    // Precision 1 and recall 1 at once is impossible here.
    expect(chooseOperatingPoint(points, { constraints: { minPrecision: 1, minTpr: 1 } })).toBeNull();
    expect(maxValueOperatingPoint([])).toBeNull();
  });

  it('prefers the higher threshold on a tie, whatever the input order', () => {
    // Recall 1 at 0.6, 0.4 and 0.2: the strictest, 0.6, wins.
    const shuffled: OperatingPoint[] = [points[5], points[3], points[4]];
    expect(chooseOperatingPoint(shuffled, { maximize: 'tpr' })?.threshold).toBe(0.6);
  });
});
