// Identity and no-op Transposes share data on wasm: values and shapes stay right, and each tensor
// keeps its data alive on its own (disposing one leaves the other readable).
import { tf } from '../../src/tf';
import { compareBackends, useBackend } from './backends';

it('a clone outlives the tensor it was cloned from, with the same values', async () => {
  await useBackend('wasm');
  const before = tf.memory().numBytes;
  const original = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);
  const copy = tf.clone(original);
  original.dispose();
  expect(Array.from(copy.dataSync())).toEqual([1, 2, 3, 4, 5, 6]);
  copy.dispose();
  expect(tf.memory().numBytes).toBe(before);
});

it.each([
  ['identity permutation', [3, 4], [0, 1]],
  ['moving only axes of size one', [3, 1, 4, 1], [1, 0, 3, 2]],
  ['a real transpose (shipped kernel)', [3, 4, 2], [2, 0, 1]],
  ['a real transpose around size-one axes', [3, 1, 4], [2, 1, 0]],
] as const)('transpose with %s matches cpu', async (_, shape, perm) => {
  const size = shape.reduce((a: number, b: number) => a * b, 1);
  const [error] = await compareBackends(() => {
    const x = tf.tensor(Float32Array.from({ length: size }, (__, i) => i), [...shape]);
    const y = tf.transpose(x, [...perm]);
    // Read through an op so the shape, not only the data order, is checked.
    return tf.add(y, tf.range(0, y.size).reshape(y.shape));
  });
  expect(error).toBe(0);
});

it.each([
  ['float32 to float32 (shared)', 'float32', 'float32', [0.5, -2.75, 3]],
  ['float32 to int32 (truncated)', 'float32', 'int32', [0.5, -2.75, 3.9]],
  ['int32 to float32', 'int32', 'float32', [7, -3, 0]],
  ['bool to float32', 'bool', 'float32', [1, 0, 1]],
  ['int32 to bool', 'int32', 'bool', [0, 5, -1]],
] as const)('cast %s matches cpu', async (_, from, to, values) => {
  const [error] = await compareBackends(() => tf.cast(tf.cast(tf.tensor1d([...values], from), to), 'float32'));
  expect(error).toBe(0);
});
