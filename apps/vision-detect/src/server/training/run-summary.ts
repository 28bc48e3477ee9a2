// The few figures stored on the run in the registry (the full metrics live in the artifact's
// metrics.json): the headline and what the runs table and the configuration chart show.
import type { JsonObject } from '@atlas/registry';
import type { VisionMetrics } from '../../domain/run-metrics';

const round = (x: number, digits = 4) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

export function runSummary(m: VisionMetrics): JsonObject {
  return {
    headline: { name: 'map50', value: round(m.test.map50.estimate) },
    headlineSplit: 'test images',
    map50Ci: { low: round(m.test.map50.lower), high: round(m.test.map50.upper) },
    map: round(m.test.map.estimate),
    mapCi: { low: round(m.test.map.lower), high: round(m.test.map.upper) },
    perClassAp50: Object.fromEntries(m.test.perClass.map((c) => [c.name, round(c.ap50)])),
    valMap50: m.val ? round(m.val.map50) : null,
    inputSize: m.configDetails.inputSize,
    trainingSeconds: round(m.training.seconds, 1),
    trainingCpuSeconds: round(m.training.cpuSeconds, 1),
    loadAverage: m.training.loadAverage.map((x) => round(x, 2)),
    latencyMs: { p50: round(m.latency.server.p50Ms, 2), p95: round(m.latency.server.p95Ms, 2) },
    parameters: m.size.parameters,
    bytes: m.size.bytes,
    dataset: m.dataset.source,
    classes: m.classes,
  };
}
