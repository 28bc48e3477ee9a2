import type { TradeoffCardInput } from '../../src/card/card-schema';

/** A complete, valid card; tests override the fields they are about. */
export function exampleCard(size: { parameters: number; bytes: number }): TradeoffCardInput {
  return {
    schemaVersion: 1,
    task: { domain: 'credit', name: 'Default of credit card clients', kind: 'binary-classification' },
    dataset: {
      name: 'default of credit card clients',
      rows: { train: 24000, validation: 3000, test: 3000 },
      source: 'https://archive.ics.uci.edu/dataset/350',
      license: 'CC BY 4.0',
      isSample: false,
    },
    quality: {
      metric: 'roc_auc',
      value: 0.78,
      higherIsBetter: true,
      ci: { low: 0.76, high: 0.8, level: 0.95, method: 'bootstrap, 1000 resamples of the test set' },
      split: 'test',
      anchor: { name: 'logistic regression on the same split', value: 0.72, source: 'this repository, baseline run' },
    },
    latency: {
      server: { p50Ms: 0.05, p95Ms: 0.08, p99Ms: 0.12, backend: 'wasm', batchSize: 1, runs: 200 },
      browser: null,
    },
    size,
    training: { seconds: 12.5, backend: 'wasm', epochs: 20, seed: 7, samplesPerSecond: 60000 },
    privacy: { sensitivity: 'personal', measures: ['no direct identifiers'], differentialPrivacy: null },
    explanation: { method: 'integrated gradients with reason codes' },
    failureModes: ['applicants with no credit history score near the base rate'],
    humanFallback: 'Declines and borderline scores go to a credit officer.',
    createdAt: '2025-01-01T00:00:00.000Z',
  };
}
