import { tf } from '../tf';
import type { LatencyEntry } from './card-schema';

export interface LatencyOptions {
  /** Untimed calls first, so compilation, allocation and caches settle. Default 20. */
  warmupRuns?: number;
  /** Timed calls. Default 200. */
  runs?: number;
  /** Clock in milliseconds; performance.now by default (a test may pass a fake one). */
  now?: () => number;
}

export interface LatencySummary {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  warmupRuns: number;
}

/**
 * The q-quantile (0..1) of sorted values with linear interpolation between closest ranks, the
 * definition NumPy's percentile uses by default (Hyndman and Fan's type 7).
 */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('percentile of no values');
  if (q < 0 || q > 1) throw new Error(`quantile must be within [0, 1], got ${q}`);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export function summarizeLatencies(samplesMs: readonly number[], warmupRuns = 0): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    p99Ms: percentile(sorted, 0.99),
    meanMs: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    minMs: sorted[0],
    maxMs: sorted[sorted.length - 1],
    runs: sorted.length,
    warmupRuns,
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * Warm latency of `run`: `warmupRuns` untimed calls, then `runs` timed ones, one after another.
 * A promise returned by `run` is awaited inside the timing, so async work counts.
 */
export async function measureLatency(run: () => unknown, options: LatencyOptions = {}): Promise<LatencySummary> {
  const warmupRuns = options.warmupRuns ?? 20;
  const runs = options.runs ?? 200;
  if (!(runs >= 1)) throw new Error(`runs must be at least 1, got ${runs}`);
  const now = options.now ?? (() => performance.now());
  for (let index = 0; index < warmupRuns; index += 1) {
    const result = run();
    if (isThenable(result)) await result;
  }
  const samples: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = now();
    const result = run();
    if (isThenable(result)) await result;
    samples.push(now() - started);
  }
  return summarizeLatencies(samples, warmupRuns);
}

/**
 * Latency of model.predict on `input`, counting the read-back of the result (a prediction is only
 * served once its values are on the CPU) and disposing it, so the measurement leaks nothing.
 */
export function measurePredictLatency(
  model: tf.LayersModel,
  input: tf.Tensor | tf.Tensor[],
  options: LatencyOptions = {},
): Promise<LatencySummary> {
  return measureLatency(() => {
    const output = model.predict(input) as tf.Tensor | tf.Tensor[];
    const outputs = Array.isArray(output) ? output : [output];
    for (const tensor of outputs) tensor.dataSync();
    tf.dispose(outputs);
  }, options);
}

/** The card's latency entry from a measurement. */
export function toLatencyEntry(summary: LatencySummary, backend: string, batchSize: number): LatencyEntry {
  return { p50Ms: summary.p50Ms, p95Ms: summary.p95Ms, p99Ms: summary.p99Ms, backend, batchSize, runs: summary.runs };
}
