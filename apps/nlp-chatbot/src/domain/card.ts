// The tradeoff card of an intent run (model-core's schema), built from the run's metrics so the card
// and the Evaluate page never disagree.
import type { TradeoffCardInput } from '@atlas/model-core';
import type { IntentMetrics } from './train-run';

/** Larson et al. (2019), the "Full" data set: in-scope accuracy / out-of-scope recall, %. */
export const PUBLISHED = [
  { name: 'SVM', inScope: 91.0, oosRecall: 14.5 },
  { name: 'CNN', inScope: 91.2, oosRecall: 18.9 },
  { name: 'DialogFlow', inScope: 91.7, oosRecall: 14.0 },
  { name: 'Rasa', inScope: 91.5, oosRecall: 45.3 },
  { name: 'USE+MLP', inScope: 93.5, oosRecall: 47.4 },
  { name: 'BERT', inScope: 96.9, oosRecall: 40.3 },
] as const;

export const BARS = { inScopeAccuracy: 0.915, oosRecall: 0.5 } as const;
export const ANCHOR = { name: 'Rasa (Larson et al. 2019)', value: 0.915, source: 'Larson et al. (2019), EMNLP-IJCNLP, CLINC150 full data set: in-scope accuracy 91.5, OOS recall 45.3' };

export const FAILURE_MODES = [
  'Near-synonymous intents (e.g. balance vs transactions, timezone vs time) are confused: see the confused pairs on Evaluate.',
  'Out-of-scope questions that share words with an intent ("freeze" a bank card vs freezing weather) slip through as that intent.',
  'Trained on short English requests written by crowd workers; long, multi-intent or non-English messages are out of its experience.',
];

export const HUMAN_FALLBACK =
  'Out-of-scope messages and very negative ones get a fallback and a "talk to a person" button that opens a handoff ticket with the conversation; ambiguous ones get a clarifying question.';

export function buildCard(metrics: IntentMetrics, createdAt = new Date()): TradeoffCardInput {
  const t = metrics.test;
  return {
    schemaVersion: 1,
    task: {
      domain: 'nlp-chatbot',
      name: `Intent detection with out-of-scope fallback (${metrics.config})`,
      kind: 'multiclass-classification',
      description: metrics.configDetails.summary,
    },
    dataset: {
      name: metrics.dataset.name,
      rows: { train: metrics.dataset.rows.train, validation: metrics.dataset.rows.val, test: metrics.dataset.rows.test },
      source: metrics.dataset.citation,
      license: metrics.dataset.license,
      isSample: metrics.dataset.source === 'sample',
    },
    quality: {
      metric: 'in_scope_accuracy',
      value: t.inScopeAccuracy.estimate,
      higherIsBetter: true,
      ci: { low: t.inScopeAccuracy.lower, high: t.inScopeAccuracy.upper, level: t.inScopeAccuracy.level, method: 'percentile bootstrap, 1000 resamples of the in-scope test messages' },
      split: `upstream test split at the out-of-scope threshold ${t.threshold.toFixed(2)} chosen on validation (OOS recall ${t.oosRecall ? (t.oosRecall.estimate * 100).toFixed(1) + ' %' : 'n/a'})`,
      anchor: ANCHOR,
    },
    latency: {
      server: {
        p50Ms: metrics.latency.server.p50Ms,
        p95Ms: metrics.latency.server.p95Ms,
        p99Ms: metrics.latency.server.p99Ms,
        backend: metrics.latency.server.backend,
        batchSize: 1,
        runs: metrics.latency.server.runs,
      },
      browser: null,
    },
    size: metrics.size,
    training: {
      seconds: metrics.training.seconds,
      backend: metrics.training.backend,
      epochs: metrics.training.epochs * metrics.configDetails.members,
      seed: metrics.configDetails.seed,
      samplesPerSecond: metrics.training.samplesPerSecond,
    },
    privacy: {
      sensitivity: 'personal',
      measures: ['Messages are redacted (e-mails, phone and card numbers, ids) before they are stored or logged', 'No user data is used for training'],
      differentialPrivacy: null,
    },
    explanation: { method: 'integrated gradients over n-gram embeddings', description: 'Attributions of each word n-gram and character n-gram, shared out to the words they came from.' },
    failureModes: FAILURE_MODES,
    humanFallback: HUMAN_FALLBACK,
    createdAt: createdAt.toISOString(),
  };
}
