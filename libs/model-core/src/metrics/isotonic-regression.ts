// Isotonic calibration: the non-decreasing step function from score to probability that is
// closest to the labels in squared error, fitted by pool adjacent violators (PAV). Between fitted
// points predictions are interpolated linearly, and scores outside the fitted range take the value
// at the nearest end (clipping), as scikit-learn's IsotonicRegression(out_of_bounds="clip") does.
import { assertFiniteValues, assertNonEmpty, assertSameLength } from './input-checks';

export interface IsotonicCalibrator {
  kind: 'isotonic';
  /** Scores of the breakpoints, strictly increasing. */
  x: number[];
  /** Fitted values at the breakpoints, non-decreasing. */
  y: number[];
}

export interface IsotonicOptions {
  /** One non-negative weight per case; default all 1. */
  weights?: readonly number[];
}

/**
 * Fits on validation scores and targets (0/1 labels for calibration, or any numbers). Equal scores
 * are pooled first (their weighted mean target), so ties never produce a vertical step.
 */
export function fitIsotonic(
  scores: readonly number[],
  targets: readonly number[],
  options: IsotonicOptions = {},
): IsotonicCalibrator {
  assertSameLength('fitIsotonic', scores, targets);
  assertNonEmpty('fitIsotonic', scores);
  assertFiniteValues('fitIsotonic', scores);
  assertFiniteValues('fitIsotonic', targets);
  const weights = options.weights ?? scores.map(() => 1);
  assertSameLength('fitIsotonic', scores, weights);
  for (const weight of weights) {
    if (!(weight >= 0) || !Number.isFinite(weight)) throw new RangeError('fitIsotonic: weights must be finite and >= 0');
  }

  const order = Array.from(scores.keys()).sort((first, second) => scores[first] - scores[second]);
  // Pool equal scores into one point.
  const uniqueX: number[] = [];
  const weightedSums: number[] = [];
  const weightSums: number[] = [];
  for (const index of order) {
    const last = uniqueX.length - 1;
    if (last >= 0 && uniqueX[last] === scores[index]) {
      weightedSums[last] += weights[index] * targets[index];
      weightSums[last] += weights[index];
    } else {
      uniqueX.push(scores[index]);
      weightedSums.push(weights[index] * targets[index]);
      weightSums.push(weights[index]);
    }
  }
  // Points of zero total weight carry no information; drop them.
  const x: number[] = [];
  const blockSums: number[] = [];
  const blockWeights: number[] = [];
  uniqueX.forEach((value, index) => {
    if (weightSums[index] > 0) {
      x.push(value);
      blockSums.push(weightedSums[index]);
      blockWeights.push(weightSums[index]);
    }
  });
  if (x.length === 0) throw new RangeError('fitIsotonic: all weights are zero');

  // PAV: a stack of blocks, each the weighted mean of a run of points; a new point that falls
  // below the block before it is merged into it, and merging repeats while the order is violated.
  const stackSum: number[] = [];
  const stackWeight: number[] = [];
  const stackLength: number[] = [];
  for (let index = 0; index < x.length; index += 1) {
    stackSum.push(blockSums[index]);
    stackWeight.push(blockWeights[index]);
    stackLength.push(1);
    while (stackSum.length > 1) {
      const top = stackSum.length - 1;
      if (stackSum[top - 1] / stackWeight[top - 1] <= stackSum[top] / stackWeight[top]) break;
      stackSum[top - 1] += stackSum[top];
      stackWeight[top - 1] += stackWeight[top];
      stackLength[top - 1] += stackLength[top];
      stackSum.pop();
      stackWeight.pop();
      stackLength.pop();
    }
  }
  const fitted: number[] = [];
  stackSum.forEach((sum, block) => {
    for (let count = 0; count < stackLength[block]; count += 1) fitted.push(sum / stackWeight[block]);
  });

  // Keep only the ends of each flat run: interpolation between them gives the same function.
  const keptX: number[] = [];
  const keptY: number[] = [];
  for (let index = 0; index < x.length; index += 1) {
    const interior = index > 0 && index < x.length - 1;
    if (!interior || fitted[index - 1] !== fitted[index] || fitted[index] !== fitted[index + 1]) {
      keptX.push(x[index]);
      keptY.push(fitted[index]);
    }
  }
  return { kind: 'isotonic', x: keptX, y: keptY };
}

export function applyIsotonic(calibrator: IsotonicCalibrator, score: number): number {
  const { x, y } = calibrator;
  if (Number.isNaN(score)) return Number.NaN;
  if (score <= x[0]) return y[0];
  const last = x.length - 1;
  if (score >= x[last]) return y[last];
  // Binary search for the segment x[low] <= score < x[high].
  let low = 0;
  let high = last;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (x[middle] <= score) low = middle;
    else high = middle;
  }
  const fraction = (score - x[low]) / (x[high] - x[low]);
  return y[low] + fraction * (y[high] - y[low]);
}
