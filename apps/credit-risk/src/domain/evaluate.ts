// Test-set evaluation of a probability-of-default model: discrimination (ROC AUC with a stratified
// bootstrap interval, KS, PR AUC), calibration (Brier score, ECE, the reliability curve), the curves
// the Evaluate page draws (thinned to a few hundred points) and the cutoff grid of the Try page.
import {
  averagePrecision,
  brierScore,
  ksStatistic,
  logLoss,
  prCurve,
  reliabilityCurve,
  rocAuc,
  rocCurve,
  stratifiedBootstrapCi,
  type ReliabilityBin,
} from '@atlas/model-core';
import { cutoffCurve, pointAt, type CutoffPoint } from './cutoff';

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
  level: number;
  method: string;
}

export interface ScoreEvaluation {
  count: number;
  positives: number;
  auc: Interval;
  ks: { statistic: number; threshold: number };
  prAuc: number;
  brier: number;
  logLoss: number;
  ece: number;
  maxCalibrationError: number;
  reliability: ReliabilityBin[];
  roc: { fpr: number; tpr: number; threshold: number }[];
  pr: { recall: number; precision: number; threshold: number }[];
  cutoffs: CutoffPoint[];
  /** Confusion counts at the default cutoff ("positive" = predicted default = declined). */
  confusion: { cutoff: number; tp: number; fp: number; tn: number; fn: number };
}

export interface EvaluateOptions {
  cutoff: number;
  bootstrapResamples?: number;
  seed?: number;
}

/** Keeps about `target` points of a long curve, always the first and the last. */
export function thin<T>(points: readonly T[], target = 200): T[] {
  if (points.length <= target) return [...points];
  const step = (points.length - 1) / (target - 1);
  return Array.from({ length: target }, (_, i) => points[Math.round(i * step)]);
}

const finite = (x: number) => (Number.isFinite(x) ? x : 1);

export function aucInterval(labels: readonly number[], scores: readonly number[], resamples = 500, seed = 7): Interval {
  const ci = stratifiedBootstrapCi([labels, scores], rocAuc, labels, { resamples, seed });
  return {
    estimate: ci.estimate,
    lower: ci.lower,
    upper: ci.upper,
    level: ci.level,
    method: `stratified bootstrap, ${resamples} resamples`,
  };
}

export function evaluateScores(labels: readonly number[], pds: readonly number[], options: EvaluateOptions): ScoreEvaluation {
  const reliability = reliabilityCurve(labels, pds);
  const ks = ksStatistic(labels, pds);
  const cutoffs = cutoffCurve(labels, pds);
  const at = pointAt(cutoffs, options.cutoff);
  const n = labels.length;
  const positives = labels.filter((y) => y === 1).length;
  const fn = Math.round(at.badApprovedShare * n);
  const tn = Math.round(at.goodApprovedShare * n);
  return {
    count: n,
    positives,
    auc: aucInterval(labels, pds, options.bootstrapResamples, options.seed),
    ks: { statistic: ks.statistic, threshold: ks.threshold },
    prAuc: averagePrecision(labels, pds),
    brier: brierScore(labels, pds),
    logLoss: logLoss(labels, pds),
    ece: reliability.ece,
    maxCalibrationError: reliability.maxCalibrationError,
    reliability: reliability.bins,
    roc: thin(rocCurve(labels, pds)).map((p) => ({ fpr: p.fpr, tpr: p.tpr, threshold: finite(p.threshold) })),
    pr: thin(prCurve(labels, pds)).map((p) => ({ recall: p.recall, precision: p.precision, threshold: finite(p.threshold) })),
    cutoffs,
    confusion: { cutoff: at.cutoff, tp: positives - fn, fp: n - positives - tn, tn, fn },
  };
}
