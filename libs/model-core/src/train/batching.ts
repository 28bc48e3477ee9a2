import { shuffleInPlace } from '../seeded-random';
import { tf } from '../tf';

/** The order of the examples for one epoch: a seeded permutation, or 0..count-1 unshuffled. */
export function epochOrder(count: number, random: () => number, shuffle: boolean): Int32Array {
  const order = Array.from({ length: count }, (_, index) => index);
  if (shuffle) shuffleInPlace(order, random);
  return Int32Array.from(order);
}

/** [start, end) ranges over an epoch; the last batch holds the remainder. */
export function batchRanges(count: number, batchSize: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = 0; start < count; start += batchSize) ranges.push([start, Math.min(count, start + batchSize)]);
  return ranges;
}

export function asList(tensors: tf.Tensor | tf.Tensor[]): tf.Tensor[] {
  return Array.isArray(tensors) ? tensors : [tensors];
}

/** Rows `indices` of each tensor, keeping the single-or-list shape the model expects. */
export function gatherRows(tensors: tf.Tensor | tf.Tensor[], indices: tf.Tensor1D): tf.Tensor | tf.Tensor[] {
  if (Array.isArray(tensors)) return tensors.map((tensor) => tf.gather(tensor, indices));
  return tf.gather(tensors, indices);
}

/** Rows [start, end) of each tensor, for evaluation in order. */
export function sliceRows(tensors: tf.Tensor | tf.Tensor[], start: number, end: number): tf.Tensor | tf.Tensor[] {
  const slice = (tensor: tf.Tensor) => tf.slice(tensor, start, end - start);
  return Array.isArray(tensors) ? tensors.map(slice) : slice(tensors);
}

/** The number of examples, checked to agree across every tensor of the set. */
export function exampleCount(x: tf.Tensor | tf.Tensor[], y: tf.Tensor | tf.Tensor[]): number {
  const counts = [...asList(x), ...asList(y)].map((tensor) => tensor.shape[0]);
  const first = counts[0];
  if (first === undefined || counts.some((count) => count !== first)) {
    throw new Error(`Inputs and labels must have the same number of rows, got ${counts.join(', ')}`);
  }
  return first;
}
