import { brierScore, expectedCalibrationError, logLoss, multiclassLogLoss, reliabilityCurve } from '../../src/metrics';

describe('log loss', () => {
  it("matches scikit-learn's log_loss example", () => {
    // log_loss(["spam","ham","ham","spam"], [[.1,.9],[.9,.1],[.8,.2],[.35,.65]]) = 0.21616187468057912
    // With spam as 1: -(ln .9 + ln .9 + ln .8 + ln .65) / 4.
    expect(logLoss([1, 0, 0, 1], [0.9, 0.1, 0.2, 0.65])).toBeCloseTo(0.21616187468057912, 14);
    expect(multiclassLogLoss([1, 0, 0, 1], [[0.1, 0.9], [0.9, 0.1], [0.8, 0.2], [0.35, 0.65]])).toBeCloseTo(0.21616187468057912, 14);
  });

  it('computes the multiclass case and renormalises rows', () => {
    // -(ln .7 + ln .6 + ln .5 + ln .4) / 4 = 0.6192346200347059 (sklearn log_loss on the same rows).
    const rows = [
      [0.7, 0.2, 0.1],
      [0.1, 0.3, 0.6],
      [0.2, 0.5, 0.3],
      [0.3, 0.3, 0.4],
    ];
    expect(multiclassLogLoss([0, 2, 1, 2], rows)).toBeCloseTo(0.6192346200347059, 14);
    // [0.2, 0.2] is read as [0.5, 0.5]: ln 2.
    expect(multiclassLogLoss([0], [[0.2, 0.2]])).toBeCloseTo(Math.LN2, 14);
    expect(() => multiclassLogLoss([3], [[0.5, 0.5]])).toThrow('not a column');
  });

  it('clips so a confident mistake costs -ln(eps), not Infinity', () => {
    expect(logLoss([1], [0])).toBeCloseTo(-Math.log(1e-15), 10); // 34.5388
    expect(logLoss([1], [0], { eps: 1e-7 })).toBeCloseTo(-Math.log(1e-7), 10);
    expect(logLoss([1], [1])).toBeLessThan(1e-14);
    expect(() => logLoss([1], [1.5])).toThrow('[0, 1]');
  });
});

describe('Brier score', () => {
  it("matches scikit-learn's brier_score_loss example", () => {
    // (0.1^2 + 0.1^2 + 0.2^2 + 0.3^2) / 4 = 0.15 / 4 = 0.0375
    expect(brierScore([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.3])).toBeCloseTo(0.0375, 15);
  });
});

describe('calibration error and reliability curve', () => {
  const labels = [0, 1, 1, 0, 1];
  const probabilities = [0.05, 0.15, 0.55, 0.65, 0.95];

  it('bins equal-width and weighs each gap by the bin share', () => {
    // 2 bins. [0, .5): p .05, .15 -> mean .1, observed 1/2, gap .4.
    //          [.5, 1]: p .55, .65, .95 -> mean .71667, observed 2/3, gap .05.
    // ECE = 2/5 * .4 + 3/5 * .05 = .16 + .03 = .19; MCE = .4.
    const curve = reliabilityCurve(labels, probabilities, { bins: 2 });
    expect(curve.ece).toBeCloseTo(0.19, 14);
    expect(curve.maxCalibrationError).toBeCloseTo(0.4, 14);
    expect(curve.bins.map((bin) => bin.count)).toEqual([2, 3]);
    expect(curve.bins[0].meanPredicted).toBeCloseTo(0.1, 14);
    expect(curve.bins[1].meanPredicted).toBeCloseTo(0.7166666666666667, 14);
    expect(curve.bins[1].observedRate).toBeCloseTo(2 / 3, 14);
    expect(expectedCalibrationError(labels, probabilities, { bins: 2 })).toBeCloseTo(0.19, 14);
  });

  it('keeps empty bins (null means), puts p = 1 in the last bin, defaults to 10 bins', () => {
    const curve = reliabilityCurve([1, 0], [1, 0]);
    expect(curve.bins).toHaveLength(10);
    expect(curve.bins[9]).toEqual({ lower: 0.9, upper: 1, count: 1, meanPredicted: 1, observedRate: 1 });
    expect(curve.bins[5]).toEqual({ lower: 0.5, upper: 0.6, count: 0, meanPredicted: null, observedRate: null });
    // Both cases are perfectly calibrated.
    expect(curve.ece).toBe(0);
  });

  it('is zero for probabilities that equal the observed rate of their bin', () => {
    // Bin [.2, .3): four cases at .25, one positive -> observed .25.
    expect(expectedCalibrationError([1, 0, 0, 0], [0.25, 0.25, 0.25, 0.25])).toBeCloseTo(0, 15);
    expect(() => reliabilityCurve([1], [0.5], { bins: 0 })).toThrow('positive integer');
  });
});
