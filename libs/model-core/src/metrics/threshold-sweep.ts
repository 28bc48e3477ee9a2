// The data behind a decision-threshold slider: confusion counts, rates and the money (or any unit)
// a threshold earns under a cost model, at every candidate threshold, plus helpers that pick the
// operating point that maximises value or meets a constraint such as "FPR at most 5%".
import { descendingOrder } from './binary-curves';
import { assertBinaryLabels, assertFiniteValues, assertPositiveInteger, assertSameLength } from './input-checks';

/**
 * What each outcome is worth, per case. Costs are given as positive amounts and subtracted.
 * All default to 0, so `{ falsePositiveCost: 1, falseNegativeCost: 5 }` is a pure cost model.
 */
export interface CostModel {
  falsePositiveCost?: number;
  falseNegativeCost?: number;
  truePositiveValue?: number;
  trueNegativeValue?: number;
}

export interface OperatingPoint {
  /** Cases with score >= threshold are predicted positive. Infinity: nothing is. */
  threshold: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  /** TP / (TP + FN), the recall; null when there are no positives. */
  tpr: number | null;
  /** FP / (FP + TN); null when there are no negatives. */
  fpr: number | null;
  /** TP / (TP + FP); null when nothing is predicted positive. */
  precision: number | null;
  /** Negative predictive value TN / (TN + FN); null when nothing is predicted negative. */
  npv: number | null;
  /** TN / (TN + FP) = 1 - FPR; null when there are no negatives. */
  specificity: number | null;
  /**
   * (TP + FP) / N, the share predicted positive. When "positive" means "approve" this is the
   * approval rate; when it means "reject" (e.g. predicted default), the approval rate is 1 - this.
   */
  positiveRate: number;
  /** TP * truePositiveValue + TN * trueNegativeValue - FP * falsePositiveCost - FN * falseNegativeCost. */
  expectedValue: number;
  /** expectedValue / N: the value per case scored. */
  expectedValuePerCase: number;
}

export interface ThresholdSweepOptions {
  /**
   * Thresholds to evaluate (any order, duplicates dropped; output is highest first). Default: every
   * distinct score plus Infinity (predict nothing positive), which covers every distinct decision.
   */
  thresholds?: readonly number[];
  costs?: CostModel;
}

/** `steps + 1` evenly spaced thresholds from `min` to `max` inclusive, e.g. a slider over [0, 1]. */
export function thresholdGrid(steps: number, min = 0, max = 1): number[] {
  assertPositiveInteger('thresholdGrid', 'steps', steps);
  return Array.from({ length: steps + 1 }, (_, index) => (index === steps ? max : min + ((max - min) * index) / steps));
}

function safeRatio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function thresholdSweep(
  yTrue: readonly number[],
  scores: readonly number[],
  options: ThresholdSweepOptions = {},
): OperatingPoint[] {
  assertSameLength('thresholdSweep', yTrue, scores);
  assertBinaryLabels('thresholdSweep', yTrue);
  assertFiniteValues('thresholdSweep', scores);
  const costs = options.costs ?? {};
  const falsePositiveCost = costs.falsePositiveCost ?? 0;
  const falseNegativeCost = costs.falseNegativeCost ?? 0;
  const truePositiveValue = costs.truePositiveValue ?? 0;
  const trueNegativeValue = costs.trueNegativeValue ?? 0;

  const candidates = options.thresholds ?? [Number.POSITIVE_INFINITY, ...scores];
  for (const threshold of candidates) {
    if (Number.isNaN(threshold)) throw new RangeError('thresholdSweep: a threshold is NaN');
  }
  const thresholds = [...new Set(candidates)].sort((first, second) => second - first);
  const order = descendingOrder(scores);
  const total = yTrue.length;
  let positives = 0;
  for (const label of yTrue) positives += label;
  const negatives = total - positives;

  let cursor = 0;
  let tp = 0;
  let fp = 0;
  return thresholds.map((threshold): OperatingPoint => {
    // Thresholds fall, so the predicted-positive set only grows: one pass over the sorted scores.
    while (cursor < order.length && scores[order[cursor]] >= threshold) {
      if (yTrue[order[cursor]] === 1) tp += 1;
      else fp += 1;
      cursor += 1;
    }
    const fn = positives - tp;
    const tn = negatives - fp;
    const expectedValue =
      tp * truePositiveValue + tn * trueNegativeValue - fp * falsePositiveCost - fn * falseNegativeCost;
    return {
      threshold,
      tp,
      fp,
      tn,
      fn,
      tpr: safeRatio(tp, positives),
      fpr: safeRatio(fp, negatives),
      precision: safeRatio(tp, tp + fp),
      npv: safeRatio(tn, tn + fn),
      specificity: safeRatio(tn, negatives),
      positiveRate: total === 0 ? 0 : (tp + fp) / total,
      expectedValue,
      expectedValuePerCase: total === 0 ? 0 : expectedValue / total,
    };
  });
}

export type OperatingPointObjective =
  | 'expectedValue'
  | 'tpr'
  | 'precision'
  | 'specificity'
  | 'npv'
  | 'positiveRate';

/** Bounds an operating point must satisfy; a bound on a ratio that is null (undefined) fails. */
export interface OperatingPointConstraints {
  maxFpr?: number;
  /** Minimum recall (TPR). */
  minTpr?: number;
  minPrecision?: number;
  minSpecificity?: number;
  minNpv?: number;
  minPositiveRate?: number;
  maxPositiveRate?: number;
}

export interface ChooseOperatingPointOptions {
  /** What to maximise among the points that meet the constraints. Default 'expectedValue'. */
  maximize?: OperatingPointObjective;
  constraints?: OperatingPointConstraints;
}

function atMost(value: number | null, bound: number | undefined): boolean {
  return bound === undefined || (value !== null && value <= bound);
}

function atLeast(value: number | null, bound: number | undefined): boolean {
  return bound === undefined || (value !== null && value >= bound);
}

export function meetsConstraints(point: OperatingPoint, constraints: OperatingPointConstraints): boolean {
  return (
    atMost(point.fpr, constraints.maxFpr) &&
    atLeast(point.tpr, constraints.minTpr) &&
    atLeast(point.precision, constraints.minPrecision) &&
    atLeast(point.specificity, constraints.minSpecificity) &&
    atLeast(point.npv, constraints.minNpv) &&
    atLeast(point.positiveRate, constraints.minPositiveRate) &&
    atMost(point.positiveRate, constraints.maxPositiveRate)
  );
}

/**
 * The operating point that maximises the objective among those meeting every constraint, or null
 * when none does. Ties go to the highest threshold (the fewest positive predictions), e.g. "highest
 * recall with FPR <= 0.05" picks the strictest threshold that reaches that recall.
 */
export function chooseOperatingPoint(
  points: readonly OperatingPoint[],
  options: ChooseOperatingPointOptions = {},
): OperatingPoint | null {
  const objective = options.maximize ?? 'expectedValue';
  const constraints = options.constraints ?? {};
  const byThreshold = [...points].sort((first, second) => second.threshold - first.threshold);
  let best: OperatingPoint | null = null;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const point of byThreshold) {
    const value = point[objective];
    if (value === null || !meetsConstraints(point, constraints)) continue;
    if (best === null || value > bestValue) {
      best = point;
      bestValue = value;
    }
  }
  return best;
}

/** The point of highest expected value (ties: highest threshold). Null only for an empty sweep. */
export function maxValueOperatingPoint(points: readonly OperatingPoint[]): OperatingPoint | null {
  return chooseOperatingPoint(points, { maximize: 'expectedValue' });
}
