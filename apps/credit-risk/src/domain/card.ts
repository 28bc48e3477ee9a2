// The tradeoff card of a credit run (the schema every domain fills in, from model-core), built from
// the run's metrics so the card and the Evaluate page never disagree.
import type { TradeoffCardInput } from '@atlas/model-core';
import type { CreditMetrics } from './run-metrics';

/** The references measured on this data by the project, as the issue states them. */
export const ANCHORS = {
  lightgbm: { name: 'LightGBM on the same data', value: 0.784, source: 'reference measured by the project on this dataset (5-fold stratified CV)' },
  logisticRaw: { name: 'logistic regression on the raw fields', value: 0.723, source: 'reference measured by the project on this dataset' },
} as const;

export const AUC_BAR = 0.785;
export const ECE_BAR = 0.02;

export const FAILURE_MODES = [
  'Clients with no recent card use (status -2) or a first late payment look alike to the model; it misses many first-time defaulters.',
  'Trained on one Taiwanese bank in 2005: other countries, products or economic conditions shift the risk (watch the stability index).',
  'Scores are calibrated on average; per-group calibration differs slightly (see the fairness tables).',
];

export const HUMAN_FALLBACK =
  'A credit officer reviews every decline and every score within 5 percentage points of the cutoff; the applicant gets the reasons and may ask for a manual review.';

export function buildCard(metrics: CreditMetrics, options: { backend: string; seed: number; createdAt?: Date }): TradeoffCardInput {
  const cv = metrics.crossValidation;
  const scorecard = metrics.config === 'scorecard';
  const measures = [
    'No names, account numbers or addresses in the data; ids are row numbers',
    'The prediction log keeps coarsened inputs (age band, amounts rounded to NT$ 1,000)',
  ];
  if (metrics.config !== 'mlp') measures.push('Sex, age and marital status are not model inputs');
  return {
    schemaVersion: 1,
    task: {
      domain: 'credit-risk',
      name: scorecard ? 'Probability of default: points scorecard' : 'Probability of default: calibrated neural network',
      kind: 'binary-classification',
      description: metrics.configDetails.summary,
    },
    dataset: {
      name: metrics.dataset.name,
      // Calibration uses held-out parts of the training rows: there is no separate validation set.
      rows: { train: metrics.dataset.rows.train, test: metrics.dataset.rows.test },
      source: metrics.dataset.citation,
      license: metrics.dataset.license,
      isSample: metrics.dataset.source === 'sample',
    },
    quality: {
      metric: 'roc_auc',
      value: cv ? cv.mean.auc : metrics.test.auc.estimate,
      higherIsBetter: true,
      ci: cv
        ? { low: cv.pooledAuc.lower, high: cv.pooledAuc.upper, level: cv.pooledAuc.level, method: `${cv.pooledAuc.method} of the pooled out-of-fold predictions` }
        : { low: metrics.test.auc.lower, high: metrics.test.auc.upper, level: metrics.test.auc.level, method: `${metrics.test.auc.method} of the test set` },
      split: cv ? `${cv.k}-fold stratified cross-validation (mean of the folds)` : 'held-out test set (20%)',
      anchor: ANCHORS.lightgbm,
    },
    latency: {
      server: {
        p50Ms: metrics.latency.server.p50Ms,
        p95Ms: metrics.latency.server.p95Ms,
        p99Ms: metrics.latency.server.p99Ms,
        backend: metrics.latency.server.backend,
        batchSize: metrics.latency.server.batchSize,
        runs: metrics.latency.server.runs,
      },
      browser: null,
    },
    size: metrics.size,
    training: {
      seconds: metrics.training.seconds,
      backend: options.backend,
      epochs: metrics.configDetails.epochs,
      seed: options.seed,
      samplesPerSecond: metrics.training.samplesPerSecond,
    },
    privacy: { sensitivity: 'personal', measures, differentialPrivacy: null },
    explanation: scorecard
      ? { method: 'scorecard points', description: 'Each characteristic’s points; reasons are the points short of the best attribute.' }
      : { method: 'integrated gradients', description: 'Attributions from the average repaying applicant, summed into reason groups; top four toward default.' },
    failureModes: FAILURE_MODES,
    humanFallback: HUMAN_FALLBACK,
    createdAt: (options.createdAt ?? new Date()).toISOString(),
  };
}
