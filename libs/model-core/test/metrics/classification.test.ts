import { accuracy, classificationReport, confusionMatrix } from '../../src/metrics';

describe('classification metrics', () => {
  // scikit-learn's classification_report example: y_true = [0, 1, 2, 2, 2], y_pred = [0, 0, 2, 2, 1].
  const yTrue = [0, 1, 2, 2, 2];
  const yPred = [0, 0, 2, 2, 1];

  it('computes accuracy', () => {
    // Correct at positions 0, 2, 3: 3 / 5.
    expect(accuracy(yTrue, yPred)).toBe(0.6);
    expect(accuracy(['a', 'b'], ['a', 'a'])).toBe(0.5);
  });

  it('reports per-class, macro and weighted precision/recall/F1 as scikit-learn does', () => {
    const report = classificationReport(yTrue, yPred);
    // class 0: TP 1, predicted 2, support 1 -> P 1/2, R 1, F1 2*1/(2+1) = 2/3
    // class 1: TP 0, predicted 1, support 1 -> P 0, R 0, F1 0
    // class 2: TP 2, predicted 2, support 3 -> P 1, R 2/3, F1 4/5
    expect(report.perClass.map((scores) => scores.label)).toEqual([0, 1, 2]);
    const rows = report.perClass.map(({ precision, recall, f1, support }) => [precision, recall, f1, support]);
    const expected = [
      [0.5, 1, 2 / 3, 1],
      [0, 0, 0, 1],
      [1, 2 / 3, 0.8, 3],
    ];
    rows.forEach((row, index) => row.forEach((value, column) => expect(value).toBeCloseTo(expected[index][column], 12)));
    // macro: P (0.5 + 0 + 1)/3 = 0.5, R (1 + 0 + 2/3)/3 = 0.5556, F1 (2/3 + 0 + 0.8)/3 = 0.48889
    expect(report.macro.precision).toBeCloseTo(0.5, 12);
    expect(report.macro.recall).toBeCloseTo(0.5555555556, 9);
    expect(report.macro.f1).toBeCloseTo(0.4888888889, 9);
    // weighted by support 1, 1, 3: P (0.5 + 0 + 3)/5 = 0.7, R 0.6, F1 (2/3 + 2.4)/5 = 0.61333
    expect(report.weighted.precision).toBeCloseTo(0.7, 12);
    expect(report.weighted.recall).toBeCloseTo(0.6, 12);
    expect(report.weighted.f1).toBeCloseTo(0.6133333333, 9);
    expect(report.accuracy).toBe(0.6);
  });

  it('builds the confusion matrix with true labels as rows (scikit-learn example)', () => {
    expect(confusionMatrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2]).matrix).toEqual([
      [2, 0, 0],
      [0, 0, 1],
      [1, 0, 2],
    ]);
    const named = confusionMatrix(
      ['cat', 'ant', 'cat', 'cat', 'ant', 'bird'],
      ['ant', 'ant', 'cat', 'cat', 'ant', 'cat'],
      ['ant', 'bird', 'cat'],
    );
    expect(named.matrix).toEqual([
      [2, 0, 0],
      [0, 0, 1],
      [1, 0, 2],
    ]);
  });

  it('uses zeroDivision for a label that is never predicted and never occurs', () => {
    // Label 9 is asked for but absent: precision, recall and F1 are all 0/0.
    const report = classificationReport([0, 1], [0, 1], { labels: [0, 1, 9], zeroDivision: 1 });
    expect(report.perClass[2]).toEqual({ label: 9, precision: 1, recall: 1, f1: 1, support: 0 });
    expect(classificationReport([0, 1], [0, 1], { labels: [0, 1, 9] }).perClass[2].f1).toBe(0);
  });

  it('rejects mismatched or empty inputs', () => {
    expect(() => accuracy([0, 1], [0])).toThrow(RangeError);
    expect(() => accuracy([], [])).toThrow(RangeError);
    expect(() => confusionMatrix([0], [0], [0, 0])).toThrow('distinct');
  });
});
