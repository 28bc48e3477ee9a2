import {
  applyCalibrator,
  applyCalibratorToAll,
  applyIsotonic,
  applyPlatt,
  fitIsotonic,
  fitPlatt,
  parseCalibrator,
} from '../../src/metrics';

describe('Platt scaling', () => {
  // Four cases at score -1 (one positive) and four at +1 (three positive).
  const scores = [-1, -1, -1, -1, 1, 1, 1, 1];
  const labels = [1, 0, 0, 0, 1, 1, 1, 0];

  it('recovers the closed form without target smoothing', () => {
    // Two distinct scores: the fit reproduces each group's rate, sigmoid(-a + b) = 1/4 and
    // sigmoid(a + b) = 3/4, so b = 0 and a = logit(3/4) = ln 3.
    const calibrator = fitPlatt(scores, labels, { smoothTargets: false });
    expect(calibrator.slope).toBeCloseTo(Math.log(3), 10);
    expect(calibrator.intercept).toBeCloseTo(0, 10);
    expect(applyPlatt(calibrator, 1)).toBeCloseTo(0.75, 10);
  });

  it("uses Platt's targets by default", () => {
    // 4 positives, 4 negatives: targets (4+1)/(4+2) = 5/6 and 1/(4+2) = 1/6. Group means:
    // at -1 (5/6 + 3/6)/4 = 1/3, at +1 (15/6 + 1/6)/4 = 2/3 -> slope logit(2/3) = ln 2, intercept 0.
    const calibrator = fitPlatt(scores, labels);
    expect(calibrator.slope).toBeCloseTo(Math.LN2, 10);
    expect(calibrator.intercept).toBeCloseTo(0, 10);
  });

  it("agrees with scikit-learn's _sigmoid_calibration on noisy data", () => {
    // 40 scores from numpy's RandomState(0), labels drawn from sigmoid(2s + 0.5); sklearn 1.2.1
    // returns A = -0.939765667936359, B = -0.8410984264029158 (P = 1 / (1 + exp(A s + B))).
    const data = [1.764, 0.4, 0.979, 2.241, 1.868, -0.977, 0.95, -0.151, -0.103, 0.411, 0.144, 1.454, 0.761, 0.122, 0.444, 0.334, 1.494, -0.205, 0.313, -0.854, -2.553, 0.654, 0.864, -0.742, 2.27, -1.454, 0.046, -0.187, 1.533, 1.469, 0.155, 0.378, -0.888, -1.981, -0.348, 0.156, 1.23, 1.202, -0.387, -0.302];
    const outcome = [1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 1];
    const calibrator = fitPlatt(data, outcome);
    // sklearn stops BFGS at a gradient norm of 1e-5, so agreement is to about 1e-4.
    expect(calibrator.slope).toBeCloseTo(0.939765667936359, 4);
    expect(calibrator.intercept).toBeCloseTo(0.8410984264029158, 4);
    // The same loss minimised by scipy's BFGS with gtol 1e-13: 0.9397656449476709, 0.8410985654956599.
    expect(calibrator.slope).toBeCloseTo(0.9397656449476709, 9);
    expect(calibrator.intercept).toBeCloseTo(0.8410985654956599, 9);
    // Our Newton fit is at the optimum: the gradient sum (t - p) and sum (t - p) s vanish.
    const positives = outcome.filter((label) => label === 1).length;
    const targets = outcome.map((label) => (label === 1 ? (positives + 1) / (positives + 2) : 1 / (40 - positives + 2)));
    const residuals = data.map((score, index) => targets[index] - applyPlatt(calibrator, score));
    expect(Math.abs(residuals.reduce((sum, value) => sum + value, 0))).toBeLessThan(1e-9);
    expect(Math.abs(residuals.reduce((sum, value, index) => sum + value * data[index], 0))).toBeLessThan(1e-9);
  });

  it('stays finite on separable data and refuses a single class', () => {
    const calibrator = fitPlatt([-2, -1, 1, 2], [0, 0, 1, 1]);
    expect(Number.isFinite(calibrator.slope)).toBe(true);
    expect(applyPlatt(calibrator, 2)).toBeGreaterThan(0.5);
    expect(applyPlatt({ kind: 'platt', slope: 1000, intercept: 0 }, -5)).toBe(0); // no overflow to NaN
    expect(() => fitPlatt([0.1, 0.2], [1, 1])).toThrow('both classes');
  });
});

describe('isotonic regression', () => {
  const scores = [0.1, 0.2, 0.2, 0.3, 0.5, 0.6, 0.6, 0.8, 0.9, 0.95];
  const labels = [0, 1, 0, 0, 1, 0, 1, 1, 0, 1];

  it('pools adjacent violators and keeps the breakpoints scikit-learn keeps', () => {
    // Ties pooled: 0.2 -> 1/2 (w 2), 0.6 -> 1/2 (w 2). PAV: {0.2, 0.3} -> 1/3; {0.5 .. 0.9} -> 3/5;
    // flat runs keep only their ends. sklearn: X_thresholds_ [.1 .2 .3 .5 .9 .95],
    // y_thresholds_ [0 1/3 1/3 .6 .6 1].
    const calibrator = fitIsotonic(scores, labels);
    expect(calibrator.x).toEqual([0.1, 0.2, 0.3, 0.5, 0.9, 0.95]);
    [0, 1 / 3, 1 / 3, 0.6, 0.6, 1].forEach((value, index) => expect(calibrator.y[index]).toBeCloseTo(value, 14));
  });

  it('interpolates between breakpoints and clips outside (sklearn out_of_bounds="clip")', () => {
    const calibrator = fitIsotonic(scores, labels);
    const queries = [0.0, 0.15, 0.2, 0.25, 0.4, 0.55, 0.7, 0.85, 0.925, 1.0];
    // sklearn predict: 0, 1/6, 1/3, 1/3, 0.46667, 0.6, 0.6, 0.6, 0.8, 1
    // e.g. 0.4: 1/3 + (0.4 - 0.3)/(0.5 - 0.3) * (0.6 - 1/3) = 0.46667; 0.925: 0.6 + 0.5 * 0.4 = 0.8.
    const expected = [0, 1 / 6, 1 / 3, 1 / 3, 0.4666666666666667, 0.6, 0.6, 0.6, 0.8, 1];
    queries.forEach((query, index) => expect(applyIsotonic(calibrator, query)).toBeCloseTo(expected[index], 12));
  });

  it('honours weights and handles a single distinct score', () => {
    // Weight 3 on the 0 at 0.2 against 1 on the 1 at 0.1: pooled (1 + 0) / 4 = 0.25 everywhere.
    const weighted = fitIsotonic([0.1, 0.2], [1, 0], { weights: [1, 3] });
    expect(weighted.y).toEqual([0.25, 0.25]);
    const constant = fitIsotonic([0.5, 0.5, 0.5], [1, 0, 1]);
    expect(constant).toEqual({ kind: 'isotonic', x: [0.5], y: [2 / 3] });
    expect(applyIsotonic(constant, 0.9)).toBeCloseTo(2 / 3, 15);
  });
});

describe('serialised calibrators', () => {
  it('round-trips through JSON and applies the same in either form', () => {
    const platt = fitPlatt([-1, -1, 1, 1, 0.5], [0, 1, 1, 1, 0]);
    const isotonic = fitIsotonic([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);
    for (const calibrator of [platt, isotonic]) {
      const restored = parseCalibrator(JSON.parse(JSON.stringify(calibrator)));
      expect(restored).toEqual(calibrator);
      expect(applyCalibratorToAll(restored, [0, 0.37, 2])).toEqual([0, 0.37, 2].map((score) => applyCalibrator(calibrator, score)));
    }
  });

  it('rejects malformed input with a reason', () => {
    expect(() => parseCalibrator(null)).toThrow('object');
    expect(() => parseCalibrator({ kind: 'platt', slope: 'x', intercept: 0 })).toThrow('slope');
    expect(() => parseCalibrator({ kind: 'isotonic', x: [0.2, 0.1], y: [0, 1] })).toThrow('strictly increasing');
    expect(() => parseCalibrator({ kind: 'isotonic', x: [0.1, 0.2], y: [1, 0] })).toThrow('non-decreasing');
    expect(() => parseCalibrator({ kind: 'beta' })).toThrow('unknown kind');
  });
});
