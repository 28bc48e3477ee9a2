// Metrics of predicted probabilities: log loss, Brier score, and calibration (reliability curve and
// expected calibration error). Binary labels are 0/1 and probabilities are P(label = 1).
import {
  assertBinaryLabels,
  assertNonEmpty,
  assertPositiveInteger,
  assertProbabilities,
  assertSameLength,
} from './input-checks';

export interface LogLossOptions {
  /**
   * Probabilities are clipped to [eps, 1 - eps] so that a confident mistake costs a large but
   * finite amount (-ln(1e-15) ~= 34.5) instead of Infinity. Default 1e-15.
   */
  eps?: number;
}

function checkBinaryProbabilities(name: string, yTrue: readonly number[], probabilities: readonly number[]): void {
  assertSameLength(name, yTrue, probabilities);
  assertNonEmpty(name, yTrue);
  assertBinaryLabels(name, yTrue);
  assertProbabilities(name, probabilities);
}

function clip(value: number, eps: number): number {
  return Math.min(Math.max(value, eps), 1 - eps);
}

/** Mean negative log-likelihood (natural log) of binary labels under the predicted probabilities. */
export function logLoss(yTrue: readonly number[], probabilities: readonly number[], options: LogLossOptions = {}): number {
  checkBinaryProbabilities('logLoss', yTrue, probabilities);
  const eps = options.eps ?? 1e-15;
  let total = 0;
  for (let index = 0; index < yTrue.length; index += 1) {
    const probability = clip(probabilities[index], eps);
    total -= yTrue[index] === 1 ? Math.log(probability) : Math.log(1 - probability);
  }
  return total / yTrue.length;
}

/**
 * Log loss for class indices 0..C-1 and one row of C probabilities per case. Each row is clipped
 * and then renormalised to sum to 1, as scikit-learn's log_loss does.
 */
export function multiclassLogLoss(
  yTrue: readonly number[],
  probabilities: readonly (readonly number[])[],
  options: LogLossOptions = {},
): number {
  assertSameLength('multiclassLogLoss', yTrue, probabilities);
  assertNonEmpty('multiclassLogLoss', yTrue);
  const eps = options.eps ?? 1e-15;
  let total = 0;
  for (let index = 0; index < yTrue.length; index += 1) {
    const row = probabilities[index];
    const label = yTrue[index];
    if (!Number.isInteger(label) || label < 0 || label >= row.length) {
      throw new RangeError(`multiclassLogLoss: label ${String(label)} at index ${index} is not a column of its row`);
    }
    assertProbabilities('multiclassLogLoss', row);
    const clipped = row.map((value) => clip(value, eps));
    const rowSum = clipped.reduce((sum, value) => sum + value, 0);
    total -= Math.log(clipped[label] / rowSum);
  }
  return total / yTrue.length;
}

/** Mean squared difference between the predicted probability and the 0/1 outcome. */
export function brierScore(yTrue: readonly number[], probabilities: readonly number[]): number {
  checkBinaryProbabilities('brierScore', yTrue, probabilities);
  let total = 0;
  for (let index = 0; index < yTrue.length; index += 1) total += (probabilities[index] - yTrue[index]) ** 2;
  return total / yTrue.length;
}

export interface ReliabilityBin {
  lower: number;
  upper: number;
  count: number;
  /** Mean predicted probability in the bin; null for an empty bin (so the value survives JSON). */
  meanPredicted: number | null;
  /** Share of positives in the bin; null for an empty bin. */
  observedRate: number | null;
}

export interface ReliabilityCurve {
  bins: ReliabilityBin[];
  /** Expected calibration error: sum over bins of count/N * |observedRate - meanPredicted|. */
  ece: number;
  /** Maximum calibration error: the largest |observedRate - meanPredicted| over non-empty bins. */
  maxCalibrationError: number;
}

export interface CalibrationBinOptions {
  /** Number of equal-width bins over [0, 1]. Default 10. */
  bins?: number;
}

/**
 * Reliability curve over equal-width bins. Bin b covers [b/B, (b+1)/B), the last bin also takes
 * probability 1 (index = min(floor(p * B), B - 1)). Empty bins are kept, with count 0, so that a
 * chart always has B bars.
 */
export function reliabilityCurve(
  yTrue: readonly number[],
  probabilities: readonly number[],
  options: CalibrationBinOptions = {},
): ReliabilityCurve {
  checkBinaryProbabilities('reliabilityCurve', yTrue, probabilities);
  const binCount = options.bins ?? 10;
  assertPositiveInteger('reliabilityCurve', 'bins', binCount);
  const counts = new Array<number>(binCount).fill(0);
  const predictedSums = new Array<number>(binCount).fill(0);
  const positiveSums = new Array<number>(binCount).fill(0);
  for (let index = 0; index < yTrue.length; index += 1) {
    const bin = Math.min(Math.floor(probabilities[index] * binCount), binCount - 1);
    counts[bin] += 1;
    predictedSums[bin] += probabilities[index];
    positiveSums[bin] += yTrue[index];
  }
  let ece = 0;
  let maxCalibrationError = 0;
  const bins = counts.map((count, bin): ReliabilityBin => {
    const lower = bin / binCount;
    const upper = (bin + 1) / binCount;
    if (count === 0) return { lower, upper, count, meanPredicted: null, observedRate: null };
    const meanPredicted = predictedSums[bin] / count;
    const observedRate = positiveSums[bin] / count;
    const gap = Math.abs(observedRate - meanPredicted);
    ece += (count / yTrue.length) * gap;
    maxCalibrationError = Math.max(maxCalibrationError, gap);
    return { lower, upper, count, meanPredicted, observedRate };
  });
  return { bins, ece, maxCalibrationError };
}

/** Expected calibration error with equal-width bins (see `reliabilityCurve`). */
export function expectedCalibrationError(
  yTrue: readonly number[],
  probabilities: readonly number[],
  options: CalibrationBinOptions = {},
): number {
  return reliabilityCurve(yTrue, probabilities, options).ece;
}
