// The wasm UnsortedSegmentSum against the cpu backend, directly and as the gradient of gather (an
// embedding lookup), plus a sum checked by hand.
import { setSimdLoopsEnabled } from '../../src/kernels/simd-module';
import { createSeededRandom } from '../../src/seeded-random';
import { tf } from '../../src/tf';
import { compareBackends, runOn, seededValues } from './backends';

function seededIds(count: number, low: number, high: number, seed: number): Int32Array {
  const random = createSeededRandom(seed);
  return Int32Array.from({ length: count }, () => low + Math.floor(random() * (high - low)));
}

it('sums rows by segment, dropping ids outside [0, numSegments), as computed by hand', async () => {
  const [sums] = await runOn('wasm', () =>
    tf.unsortedSegmentSum(tf.tensor2d([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]), tf.tensor1d([2, 0, 2, -1, 3], 'int32'), 3),
  );
  // Segment 0 gets row 1; segment 1 nothing; segment 2 rows 0 and 2; ids -1 and 3 are dropped.
  expect(Array.from(sums)).toEqual([3, 4, 0, 0, 6, 8]);
});

it('sums int32 values as int32', async () => {
  const [sums] = await runOn('wasm', () => {
    const result = tf.unsortedSegmentSum(tf.tensor1d([5, -2, 7], 'int32'), tf.tensor1d([1, 1, 0], 'int32'), 2);
    expect(result.dtype).toBe('int32');
    return result;
  });
  expect(Array.from(sums)).toEqual([7, 3]);
});

// Each case runs the wasm loop and the TypeScript loop that engines without wasm SIMD run.
describe.each([true, false].flatMap((simd) => [
  ['1-D ids over 3-D values', [40], [40, 3, 5], 12, simd],
  ['1-D ids over 2-D values', [50], [50, 16], 20, simd],
  ['many duplicates', [200], [200, 8], 3, simd],
  ['ids out of range', [30], [30, 2], 10, simd],
] as const))('%s (simd %s)', (_, idShape, valueShape, numSegments, simd) => {
  beforeAll(() => setSimdLoopsEnabled(simd));
  afterAll(() => setSimdLoopsEnabled(true));
  it('matches the cpu backend', async () => {
    const idCount = idShape[0];
    const ids = seededIds(idCount, _ === 'ids out of range' ? -3 : 0, numSegments + (_ === 'ids out of range' ? 3 : 0), 5);
    const valueCount = valueShape.reduce((a, b) => a * b, 1);
    const [error] = await compareBackends(() =>
      tf.unsortedSegmentSum(tf.tensor(seededValues(valueCount, 6), [...valueShape]), tf.tensor1d(ids, 'int32'), numSegments),
    );
    expect(error).toBeLessThan(1e-5);
  });
});

it('is what the gradient of gather (an embedding lookup) runs, on wasm as on cpu', async () => {
  const vocabulary = 50;
  const table = seededValues(vocabulary * 6, 11);
  const ids = seededIds(4 * 9, 0, vocabulary, 12);
  const weights = seededValues(4 * 9 * 6, 13);
  const errors = await compareBackends(() => {
    const lookup = (embedding: tf.Tensor) => tf.sum(tf.mul(tf.gather(embedding, tf.tensor2d(ids, [4, 9], 'int32')), tf.tensor3d(weights, [4, 9, 6])));
    return tf.grad(lookup)(tf.tensor2d(table, [vocabulary, 6]));
  });
  expect(errors[0]).toBeLessThan(1e-5);
});
