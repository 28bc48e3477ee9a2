// k-fold stratified cross-validation of a configuration: each fold is scored by a model fitted on the
// other folds (encoders, calibration and all), so every row gets one out-of-fold prediction. The
// headline is the mean of the per-fold ROC AUCs; the interval is a stratified bootstrap of the
// pooled out-of-fold predictions.
import { brierScore, expectedCalibrationError, ksStatistic, averagePrecision, rocAuc } from '@atlas/model-core';
import type { CreditConfig } from './configs';
import { stratifiedFolds, subset, type LabeledTable } from './dataset';
import { aucInterval, type Interval } from './evaluate';
import { fitConfig } from './fit-config';
import { disposeFitted, predictPd } from './fitted-model';
import type { InputColumn } from './model-inputs';
import type { ProgressPlan } from './progress';

export interface FoldScores {
  fold: number;
  count: number;
  auc: number;
  ks: number;
  prAuc: number;
  brier: number;
  ece: number;
}

export interface CrossValidation {
  k: number;
  seed: string;
  folds: FoldScores[];
  mean: Omit<FoldScores, 'fold' | 'count'>;
  aucStd: number;
  /** ROC AUC of the pooled out-of-fold predictions, with its bootstrap interval. */
  pooledAuc: Interval;
  /** ECE of the pooled out-of-fold predictions. */
  pooledEce: number;
  seconds: number;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export function scoreFold(fold: number, labels: readonly number[], pds: readonly number[]): FoldScores {
  return {
    fold,
    count: labels.length,
    auc: rocAuc(labels, pds),
    ks: ksStatistic(labels, pds).statistic,
    prAuc: averagePrecision(labels, pds),
    brier: brierScore(labels, pds),
    ece: expectedCalibrationError(labels, pds),
  };
}

export async function crossValidate(
  config: CreditConfig,
  table: LabeledTable,
  columns: readonly InputColumn[],
  options: { k: number; seed: string; plan?: ProgressPlan; signal?: AbortSignal },
): Promise<CrossValidation> {
  const started = Date.now();
  const folds = stratifiedFolds(table, options.k, `${options.seed}/cv`);
  const scores: FoldScores[] = [];
  const pooledLabels: number[] = [];
  const pooledPds: number[] = [];
  for (let f = 0; f < folds.length; f++) {
    const heldOut = new Set(folds[f]);
    const train = subset(
      table,
      table.ids.filter((id) => !heldOut.has(id)),
    );
    const test = subset(table, folds[f]);
    const fitted = await fitConfig(config, train, columns, {
      seed: `${options.seed}/cv/${f + 1}`,
      fitIndex: f + 1,
      plan: options.plan,
      stage: 'cross-validation',
      label: `fold ${f + 1} of ${folds.length}`,
      signal: options.signal,
    });
    try {
      const pds = predictPd(fitted, test.rows);
      scores.push(scoreFold(f + 1, test.labels, pds));
      pooledLabels.push(...test.labels);
      pooledPds.push(...pds);
    } finally {
      disposeFitted(fitted);
    }
  }
  const pick = (key: keyof Omit<FoldScores, 'fold' | 'count'>) => mean(scores.map((s) => s[key]));
  const aucMean = pick('auc');
  return {
    k: options.k,
    seed: options.seed,
    folds: scores,
    mean: { auc: aucMean, ks: pick('ks'), prAuc: pick('prAuc'), brier: pick('brier'), ece: pick('ece') },
    aucStd: Math.sqrt(mean(scores.map((s) => (s.auc - aucMean) ** 2))),
    pooledAuc: aucInterval(pooledLabels, pooledPds),
    pooledEce: expectedCalibrationError(pooledLabels, pooledPds),
    seconds: (Date.now() - started) / 1000,
  };
}
