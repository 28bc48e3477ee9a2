// The few figures stored on the run in the registry (the full metrics live in the artifact's
// metrics.json): the headline and what the runs table and the comparison show.
import type { JsonObject } from '@atlas/registry';
import type { IntentMetrics } from '../../domain/train-run';

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

export function runSummary(m: IntentMetrics): JsonObject {
  return {
    headline: { name: 'in_scope_accuracy', value: m.test.inScopeAccuracy.estimate },
    oosRecall: m.test.oosRecall ? m.test.oosRecall.estimate : null,
    threshold: m.test.threshold,
    inScopeCi: { low: m.test.inScopeAccuracy.lower, high: m.test.inScopeAccuracy.upper },
    trainingSeconds: round(m.training.seconds, 1),
    latencyMs: { p50: round(m.latency.server.p50Ms, 3), p99: round(m.latency.server.p99Ms, 3) },
    parameters: m.size.parameters,
    dataset: m.dataset.source,
  };
}
