import { averagePrecision, ksStatistic, prAuc, prCurve, rocAuc, rocCurve, scoreSteps } from '../../src/metrics';

// scikit-learn's documented example for roc_auc_score / roc_curve / average_precision_score.
const labels = [0, 0, 1, 1];
const scores = [0.1, 0.4, 0.35, 0.8];

// A case with tied scores: at 0.5 two positives and two negatives tie.
const tiedLabels = [0, 1, 0, 1, 1, 0, 1, 0];
const tiedScores = [0.5, 0.5, 0.2, 0.8, 0.5, 0.5, 0.9, 0.1];

describe('ROC', () => {
  it('matches scikit-learn: roc_auc_score([0,0,1,1],[0.1,0.4,0.35,0.8]) = 0.75', () => {
    // Pairs (pos, neg): 0.35>0.1, 0.35<0.4, 0.8>0.1, 0.8>0.4 -> 3 of 4.
    expect(rocAuc(labels, scores)).toBe(0.75);
  });

  it('gives the curve of roc_curve(drop_intermediate=False)', () => {
    const curve = rocCurve(labels, scores);
    expect(curve.map((point) => point.fpr)).toEqual([0, 0, 0.5, 0.5, 1]);
    expect(curve.map((point) => point.tpr)).toEqual([0, 0.5, 0.5, 1, 1]);
    expect(curve.map((point) => point.threshold)).toEqual([Number.POSITIVE_INFINITY, 0.8, 0.4, 0.35, 0.1]);
  });

  it('counts ties as one half (Mann-Whitney), equal to the trapezoid under the curve', () => {
    // 16 pairs. Positives 0.9 and 0.8 beat all 4 negatives (8); each positive at 0.5 beats 0.2 and
    // 0.1 and ties two 0.5 negatives: 2 + 2 * 0.5 = 3, twice (6). (8 + 6) / 16 = 0.875, as sklearn.
    expect(rocAuc(tiedLabels, tiedScores)).toBe(0.875);
    const curve = rocCurve(tiedLabels, tiedScores);
    expect(curve.map((point) => [point.fpr, point.tpr])).toEqual([
      [0, 0],
      [0, 0.25],
      [0, 0.5],
      [0.5, 1],
      [0.75, 1],
      [1, 1],
    ]);
    let trapezoid = 0;
    for (let index = 1; index < curve.length; index += 1) {
      trapezoid += ((curve[index].fpr - curve[index - 1].fpr) * (curve[index].tpr + curve[index - 1].tpr)) / 2;
    }
    expect(trapezoid).toBeCloseTo(0.875, 12);
  });

  it('returns NaN for a single class and 0.5 for all-equal scores', () => {
    expect(rocAuc([1, 1, 1], [0.2, 0.4, 0.9])).toBeNaN();
    expect(rocAuc([0, 0], [0.2, 0.4])).toBeNaN();
    expect(rocCurve([1, 1], [0.1, 0.2])[1].fpr).toBeNaN();
    expect(rocAuc([0, 1, 0, 1], [0.3, 0.3, 0.3, 0.3])).toBe(0.5);
  });

  it('rejects labels other than 0/1 and non-finite scores', () => {
    expect(() => rocAuc([0, 2], [0.1, 0.2])).toThrow('labels must be 0 or 1');
    expect(() => rocAuc([0, 1], [0.1, Number.NaN])).toThrow('finite');
    expect(() => rocAuc([0, 1], [0.1])).toThrow('differ in length');
  });
});

describe('precision-recall', () => {
  it('matches scikit-learn: average_precision_score([0,0,1,1],[0.1,0.4,0.35,0.8]) = 0.8333', () => {
    // Thresholds 0.8: R 0.5 P 1; 0.4: R 0.5 P 0.5; 0.35: R 1 P 2/3; 0.1: R 1 P 0.5.
    // AP = 0.5 * 1 + 0 * 0.5 + 0.5 * 2/3 + 0 = 0.8333...
    expect(averagePrecision(labels, scores)).toBeCloseTo(0.8333333333333333, 15);
    expect(prAuc).toBe(averagePrecision);
  });

  it('gives the points of precision_recall_curve, highest threshold first', () => {
    const curve = prCurve(labels, scores);
    // sklearn lists them from the lowest threshold: precision [0.5, 2/3, 0.5, 1, 1], recall [1, 1, 0.5, 0.5, 0].
    expect(curve.map((point) => point.recall)).toEqual([0, 0.5, 0.5, 1, 1]);
    const precision = curve.map((point) => point.precision);
    [1, 1, 0.5, 2 / 3, 0.5].forEach((value, index) => expect(precision[index]).toBeCloseTo(value, 15));
  });

  it('moves tied scores together', () => {
    // 0.9: R .25 P 1; 0.8: R .5 P 1; 0.5 (2 pos, 2 neg): R 1 P 4/6; AP = .25 + .25 + .5 * 2/3 = 0.8333.
    expect(averagePrecision(tiedLabels, tiedScores)).toBeCloseTo(0.8333333333333333, 15);
    expect(scoreSteps(tiedLabels, tiedScores).thresholds).toEqual([0.9, 0.8, 0.5, 0.2, 0.1]);
  });

  it('is NaN without positives, and the positive rate when all scores tie', () => {
    expect(averagePrecision([0, 0], [0.3, 0.6])).toBeNaN();
    // One step to recall 1 at precision 2/4.
    expect(averagePrecision([0, 1, 0, 1], [0.3, 0.3, 0.3, 0.3])).toBe(0.5);
  });
});

describe('KS statistic', () => {
  it('is max |TPR - FPR| with its threshold', () => {
    // Basic case: at 0.8 TPR .5 FPR 0; at 0.35 TPR 1 FPR .5 -> 0.5 (scipy ks_2samp([.35,.8],[.1,.4]) = 0.5).
    expect(ksStatistic(labels, scores)).toEqual({ statistic: 0.5, threshold: 0.8 });
    // Tied case: TPR - FPR = .25, .5, .5, .25, 0 -> 0.5 first reached at 0.8 (scipy: 0.5).
    expect(ksStatistic(tiedLabels, tiedScores)).toEqual({ statistic: 0.5, threshold: 0.8 });
    // Perfect separation: 1.
    expect(ksStatistic([0, 0, 1], [0.1, 0.2, 0.9]).statistic).toBe(1);
  });

  it('is NaN for a single class', () => {
    expect(ksStatistic([1, 1], [0.1, 0.2]).statistic).toBeNaN();
  });
});
