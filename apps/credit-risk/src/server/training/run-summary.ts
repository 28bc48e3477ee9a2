// The few figures stored on the run in the registry (the full metrics live in the artifact's
// metrics.json): the headline and what the runs table and the comparison show.
import type { JsonObject } from '@atlas/registry';
import type { CreditMetrics } from '../../domain/run-metrics';

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

export function runSummary(m: CreditMetrics): JsonObject {
  const cv = m.crossValidation;
  return {
    headline: { name: 'roc_auc', value: round(cv ? cv.mean.auc : m.test.auc.estimate) },
    headlineSplit: cv ? `${cv.k}-fold CV mean` : 'test set',
    aucCi: cv ? { low: round(cv.pooledAuc.lower), high: round(cv.pooledAuc.upper) } : { low: round(m.test.auc.lower), high: round(m.test.auc.upper) },
    cv: cv ? { k: cv.k, auc: round(cv.mean.auc), aucStd: round(cv.aucStd), ks: round(cv.mean.ks), ece: round(cv.mean.ece), brier: round(cv.mean.brier), prAuc: round(cv.mean.prAuc) } : null,
    test: { auc: round(m.test.auc.estimate), ks: round(m.test.ks.statistic), ece: round(m.test.ece), brier: round(m.test.brier), prAuc: round(m.test.prAuc) },
    trainingSeconds: round(m.training.seconds, 1),
    latencyMs: { p50: round(m.latency.server.p50Ms, 3), p99: round(m.latency.server.p99Ms, 3) },
    parameters: m.size.parameters,
    dataset: m.dataset.source,
  };
}
