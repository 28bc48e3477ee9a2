// The wasm Sum and Mean replacements against the cpu backend, over every kind of axis set: a middle
// block, leading axes (bias gradients), with keepDims, and the cases handed to the shipped kernels.
import { tf } from '../../src/tf';
import { compareBackends, runOn, seededValues } from './backends';

it.each([
  ['the middle axis (masked mean pooling)', [6, 5, 7], [1], false],
  ['leading axes (a conv bias gradient)', [3, 4, 5, 6], [0, 1, 2], false],
  ['a middle block, keepDims', [2, 3, 4, 5, 3], [1, 2], true],
  ['the innermost axis (shipped kernel)', [4, 9], [1], false],
  ['non-contiguous axes (shipped kernel)', [3, 4, 5], [0, 2], false],
  ['every axis', [3, 4, 5], [0, 1, 2], false],
  ['inner sizes that are not a multiple of four', [2, 3, 7], [0, 1], false],
] as const)('sum and mean over %s match cpu', async (_, shape, axes, keepDims) => {
  const values = seededValues(shape.reduce((a: number, b: number) => a * b, 1), 31);
  const errors = await compareBackends(() => {
    const x = tf.tensor(values, [...shape]);
    const sum = tf.sum(x, [...axes], keepDims);
    const mean = tf.mean(x, [...axes], keepDims);
    expect(sum.shape).toEqual(mean.shape);
    return [sum, mean];
  });
  for (const error of errors) expect(error).toBeLessThan(1e-6);
});

it('sums by hand: a 2x3x2 tensor over its middle axis, and int32 data through the shipped kernel', async () => {
  const [sums, means, ints] = await runOn('wasm', () => {
    const x = tf.tensor3d([[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 10], [11, 12]]]);
    return [tf.sum(x, 1), tf.mean(x, 1), tf.sum(tf.tensor2d([[1, 2], [3, 4]], undefined, 'int32'), 0)];
  });
  expect(Array.from(sums)).toEqual([9, 12, 27, 30]);
  expect(Array.from(means)).toEqual([3, 4, 9, 10]);
  expect(Array.from(ints)).toEqual([4, 6]);
});
