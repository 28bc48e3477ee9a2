// Score-based metrics of a binary classifier: ROC curve and AUC, precision-recall curve and average
// precision, and the Kolmogorov-Smirnov statistic. Labels are 0/1, scores are any finite numbers
// (higher means more likely positive), and a case is predicted positive when score >= threshold.
//
// Undefined cases: with only one class present, ROC AUC, average precision and KS return NaN (as
// does the affected axis of a curve) instead of throwing, so that a bootstrap resample or a slice
// with one class can be skipped by its caller. scikit-learn raises an error for ROC AUC there.
import { assertBinaryLabels, assertFiniteValues, assertSameLength, countPositives } from './input-checks';

export interface RocPoint {
  /** Scores >= threshold are predicted positive; the first point uses Infinity (nothing positive). */
  threshold: number;
  fpr: number;
  tpr: number;
}

export interface PrPoint {
  /** Scores >= threshold are predicted positive; the first point uses Infinity (nothing positive). */
  threshold: number;
  precision: number;
  recall: number;
}

export interface KsResult {
  /** max over thresholds of |TPR - FPR|: the two-sample KS distance between the score distributions. */
  statistic: number;
  /** The threshold (score >= threshold is positive) where the maximum is reached. */
  threshold: number;
}

/** Cumulative true and false positives at each distinct score, highest score first. */
export interface ScoreSteps {
  thresholds: number[];
  truePositives: number[];
  falsePositives: number[];
  positives: number;
  negatives: number;
}

function checkBinaryScores(name: string, yTrue: readonly number[], scores: readonly number[]): void {
  assertSameLength(name, yTrue, scores);
  assertBinaryLabels(name, yTrue);
  assertFiniteValues(name, scores);
}

/** Indices of `scores` ordered by descending score. */
export function descendingOrder(scores: readonly number[]): number[] {
  return Array.from(scores.keys()).sort((first, second) => scores[second] - scores[first]);
}

/**
 * Walks the scores from highest to lowest, one step per distinct score, so that tied scores move
 * the counts together: the basis of every curve here and of the threshold sweep.
 */
export function scoreSteps(yTrue: readonly number[], scores: readonly number[]): ScoreSteps {
  checkBinaryScores('scoreSteps', yTrue, scores);
  const order = descendingOrder(scores);
  const thresholds: number[] = [];
  const truePositives: number[] = [];
  const falsePositives: number[] = [];
  let tp = 0;
  let fp = 0;
  for (let rank = 0; rank < order.length; rank += 1) {
    const index = order[rank];
    if (yTrue[index] === 1) tp += 1;
    else fp += 1;
    const next = order[rank + 1];
    if (next === undefined || scores[next] !== scores[index]) {
      thresholds.push(scores[index]);
      truePositives.push(tp);
      falsePositives.push(fp);
    }
  }
  const positives = countPositives(yTrue);
  return { thresholds, truePositives, falsePositives, positives, negatives: yTrue.length - positives };
}

/** All distinct thresholds are kept (scikit-learn's roc_curve with drop_intermediate=False). */
export function rocCurve(yTrue: readonly number[], scores: readonly number[]): RocPoint[] {
  const steps = scoreSteps(yTrue, scores);
  const points: RocPoint[] = [{ threshold: Number.POSITIVE_INFINITY, fpr: 0, tpr: 0 }];
  steps.thresholds.forEach((threshold, index) => {
    points.push({
      threshold,
      fpr: steps.falsePositives[index] / steps.negatives,
      tpr: steps.truePositives[index] / steps.positives,
    });
  });
  if (steps.positives === 0 || steps.negatives === 0) {
    for (const point of points) {
      if (steps.positives === 0) point.tpr = Number.NaN;
      if (steps.negatives === 0) point.fpr = Number.NaN;
    }
  }
  return points;
}

/**
 * Area under the ROC curve as the Mann-Whitney statistic: the probability that a random positive
 * scores above a random negative, counting ties as one half (midranks). This equals the
 * trapezoidal area under `rocCurve`. NaN when either class is absent.
 */
export function rocAuc(yTrue: readonly number[], scores: readonly number[]): number {
  checkBinaryScores('rocAuc', yTrue, scores);
  const positives = countPositives(yTrue);
  const negatives = yTrue.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  const order = Array.from(scores.keys()).sort((first, second) => scores[first] - scores[second]);
  let positiveRankSum = 0;
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]] === scores[order[start]]) end += 1;
    // Ranks start + 1 .. end + 1 are tied: each gets their mean.
    const midrank = (start + end + 2) / 2;
    for (let rank = start; rank <= end; rank += 1) if (yTrue[order[rank]] === 1) positiveRankSum += midrank;
    start = end + 1;
  }
  const mannWhitneyU = positiveRankSum - (positives * (positives + 1)) / 2;
  return mannWhitneyU / (positives * negatives);
}

/**
 * Precision and recall at each distinct threshold, highest first, after a starting point of
 * recall 0 and precision 1 (nothing predicted positive), as scikit-learn's precision_recall_curve
 * appends. Recall is NaN throughout when there are no positives.
 */
export function prCurve(yTrue: readonly number[], scores: readonly number[]): PrPoint[] {
  const steps = scoreSteps(yTrue, scores);
  const points: PrPoint[] = [{ threshold: Number.POSITIVE_INFINITY, precision: 1, recall: steps.positives === 0 ? Number.NaN : 0 }];
  steps.thresholds.forEach((threshold, index) => {
    const tp = steps.truePositives[index];
    points.push({ threshold, precision: tp / (tp + steps.falsePositives[index]), recall: tp / steps.positives });
  });
  return points;
}

/**
 * Average precision, the area under the precision-recall curve as scikit-learn defines it:
 * AP = sum_n (R_n - R_{n-1}) * P_n over the distinct thresholds, a step function with no
 * interpolation. NaN when there are no positives.
 */
export function averagePrecision(yTrue: readonly number[], scores: readonly number[]): number {
  const steps = scoreSteps(yTrue, scores);
  if (steps.positives === 0) return Number.NaN;
  let area = 0;
  let previousRecall = 0;
  steps.thresholds.forEach((_, index) => {
    const tp = steps.truePositives[index];
    const recall = tp / steps.positives;
    area += (recall - previousRecall) * (tp / (tp + steps.falsePositives[index]));
    previousRecall = recall;
  });
  return area;
}

/** PR AUC: the same number as `averagePrecision` (the step-wise area, not a trapezoid). */
export const prAuc = averagePrecision;

/**
 * Kolmogorov-Smirnov statistic between the score distributions of positives and negatives,
 * as used in credit scoring: max |TPR - FPR| over the thresholds. NaN when a class is absent.
 */
export function ksStatistic(yTrue: readonly number[], scores: readonly number[]): KsResult {
  const steps = scoreSteps(yTrue, scores);
  if (steps.positives === 0 || steps.negatives === 0) return { statistic: Number.NaN, threshold: Number.NaN };
  let best: KsResult = { statistic: 0, threshold: Number.POSITIVE_INFINITY };
  steps.thresholds.forEach((threshold, index) => {
    const distance = Math.abs(steps.truePositives[index] / steps.positives - steps.falsePositives[index] / steps.negatives);
    if (distance > best.statistic) best = { statistic: distance, threshold };
  });
  return best;
}
