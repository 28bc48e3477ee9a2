// Runs the same computation on the cpu backend (the reference) and on wasm with the training
// kernels, from the same seeded inputs, and compares the results.
import '@tensorflow/tfjs-backend-wasm';
import { registerWasmTrainingKernels } from '../../src/kernels';
import { createSeededRandom } from '../../src/seeded-random';
import { tf } from '../../src/tf';

export type Compared = 'cpu' | 'wasm';

export async function useBackend(name: Compared): Promise<void> {
  if (name === 'wasm') registerWasmTrainingKernels();
  const selected = await tf.setBackend(name);
  if (!selected || tf.getBackend() !== name) throw new Error(`could not select the ${name} backend`);
  await tf.ready();
}

/** Values in [-1, 1) from a seed, so both backends see identical inputs. */
export function seededValues(size: number, seed: number): Float32Array {
  const random = createSeededRandom(seed);
  return Float32Array.from({ length: size }, () => random() * 2 - 1);
}

/** Runs `compute` on one backend and reads its outputs back; no tensor outlives the call. */
export async function runOn(name: Compared, compute: () => tf.Tensor | tf.Tensor[]): Promise<Float32Array[]> {
  await useBackend(name);
  const before = tf.memory().numTensors;
  const outputs = tf.tidy(compute);
  const list = Array.isArray(outputs) ? outputs : [outputs];
  const values = list.map((tensor) => Float32Array.from(tensor.dataSync()));
  tf.dispose(list);
  if (tf.memory().numTensors !== before) throw new Error(`${name}: ${tf.memory().numTensors - before} tensors leaked`);
  return values;
}

/**
 * The largest difference between two results, relative to the largest magnitude of the reference
 * (sums of products in another order differ by rounding in proportion to the values summed).
 */
export function relativeError(actual: Float32Array, expected: Float32Array): number {
  if (actual.length !== expected.length) return Number.POSITIVE_INFINITY;
  let scale = 0;
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    scale = Math.max(scale, Math.abs(expected[i]));
    worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
  }
  if (Number.isNaN(worst)) return Number.POSITIVE_INFINITY;
  return worst / Math.max(scale, 1e-6);
}

export async function compareBackends(compute: () => tf.Tensor | tf.Tensor[]): Promise<number[]> {
  const expected = await runOn('cpu', compute);
  const actual = await runOn('wasm', compute);
  return expected.map((values, index) => relativeError(actual[index], values));
}
