// How DP-SGD picks the examples of each step. The RDP accountant's sampled Gaussian mechanism
// assumes Poisson sampling: every example joins each step independently with probability q, so
// batch sizes vary around q * n (and can be empty). Shuffling and cutting fixed-size batches is
// what most pipelines do; accounting it as Poisson is common practice (TensorFlow Privacy's
// statement calls it "believed" close) but is not a proven bound, so Poisson is the default.
import { shuffleInPlace } from '../seeded-random';
import type { UniformSource } from './random-sources';

export type BatchSampling = 'poisson' | 'shuffle';

/** The indices one Poisson-sampled step uses: each of 0..n-1 independently with probability q. */
export function poissonSample(count: number, q: number, uniform: UniformSource): number[] {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`The sampling rate must lie in [0, 1]; got ${q}.`);
  const chosen: number[] = [];
  for (let index = 0; index < count; index += 1) if (uniform() < q) chosen.push(index);
  return chosen;
}

/** One epoch of fixed-size batches: a shuffled order cut into batches (the last may be short). */
export function shuffledBatches(count: number, batchSize: number, uniform: UniformSource): number[][] {
  if (!(batchSize >= 1)) throw new RangeError(`The batch size must be >= 1; got ${batchSize}.`);
  const order = shuffleInPlace(
    Array.from({ length: count }, (_, index) => index),
    uniform,
  );
  const batches: number[][] = [];
  for (let start = 0; start < count; start += batchSize) batches.push(order.slice(start, start + batchSize));
  return batches;
}
