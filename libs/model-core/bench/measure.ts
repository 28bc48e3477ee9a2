// Timing helpers for the model-core benchmark. Wall time is what a user waits; CPU time of the
// process is reported beside it because these machines are shared: when another job holds a core,
// wall time grows while the CPU time of a single-threaded wasm job stays near what an idle machine
// would show.
import { tf } from '../src/tf';

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

export async function timed<T>(run: () => Promise<T> | T): Promise<Timing & { result: T }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await run();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, result };
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index];
}

export interface LatencyReport {
  p50Ms: number;
  p99Ms: number;
  predictions: number;
  tensorsBefore: number;
  tensorsAfter: number;
}

/**
 * Latency of single-row predictions, each read back to JavaScript (what a request handler does),
 * with the live tensor count before and after: a serving loop must not leak.
 */
export function singleRowLatency(model: tf.LayersModel, makeInput: () => tf.Tensor | tf.Tensor[], predictions: number): LatencyReport {
  const input = makeInput();
  const predictOnce = () => tf.tidy(() => (model.predict(input) as tf.Tensor).dataSync());
  for (let warm = 0; warm < 20; warm++) predictOnce();
  const tensorsBefore = tf.memory().numTensors;
  const samples = new Float64Array(predictions);
  for (let i = 0; i < predictions; i++) {
    const started = performance.now();
    predictOnce();
    samples[i] = performance.now() - started;
  }
  const tensorsAfter = tf.memory().numTensors;
  tf.dispose(input);
  const sorted = Array.from(samples).sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99), predictions, tensorsBefore, tensorsAfter };
}

/** Rows per second of batched prediction, read back to JavaScript. */
export async function batchThroughput(model: tf.LayersModel, makeInput: () => tf.Tensor | tf.Tensor[], rows: number, repeats: number): Promise<number> {
  const input = makeInput();
  // predict splits its input into batches of 32 unless told otherwise.
  const predictOnce = () => tf.tidy(() => (model.predict(input, { batchSize: rows }) as tf.Tensor).dataSync());
  predictOnce();
  const { wallMs } = await timed(() => {
    for (let i = 0; i < repeats; i++) predictOnce();
  });
  tf.dispose(input);
  return (rows * repeats) / (wallMs / 1000);
}
