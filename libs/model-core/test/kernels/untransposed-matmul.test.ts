// The wasm BatchMatMul and _FusedMatMul wrappers against the cpu backend, for every transpose
// combination, batched and broadcast shapes, above and below the size where they transpose first.
import { tf } from '../../src/tf';
import { compareBackends, seededValues } from './backends';

const shapes: [string, number[], number[]][] = [
  ['small 3x4 . 4x2', [3, 4], [4, 2]],
  ['dense-layer sized 256x23 . 23x64', [256, 23], [23, 64]],
  ['classifier head 512x64 . 64x150', [512, 64], [64, 150]],
  ['batched 3x40x30 . 3x30x50', [3, 40, 30], [3, 30, 50]],
  ['broadcast 1x64x70 . 4x70x60', [1, 64, 70], [4, 70, 60]],
];

function transposed(shape: number[], transpose: boolean): number[] {
  if (!transpose) return shape;
  const copy = [...shape];
  [copy[copy.length - 2], copy[copy.length - 1]] = [copy[copy.length - 1], copy[copy.length - 2]];
  return copy;
}

describe.each(shapes)('%s', (_, aShape, bShape) => {
  it.each([
    [false, false],
    [true, false],
    [false, true],
    [true, true],
  ])('transposeA %s transposeB %s: matMul and fused matMul + bias + relu match cpu', async (transposeA, transposeB) => {
    const errors = await compareBackends(() => {
      const aDims = transposed(aShape, transposeA);
      const bDims = transposed(bShape, transposeB);
      const a = tf.tensor(seededValues(aDims.reduce((x, y) => x * y, 1), 1), aDims);
      const b = tf.tensor(seededValues(bDims.reduce((x, y) => x * y, 1), 2), bDims);
      const bias = tf.tensor1d(seededValues(bShape[bShape.length - 1], 3));
      return [
        tf.matMul(a, b, transposeA, transposeB),
        tf.fused.matMul({ a, b, transposeA, transposeB, bias, activation: 'relu' }),
      ];
    });
    for (const error of errors) expect(error).toBeLessThan(1e-5);
  });
});

it('gives a dense layer the same gradients on wasm as on cpu', async () => {
  const errors = await compareBackends(() => {
    const x = tf.tensor2d(seededValues(256 * 23, 4), [256, 23]);
    const w = tf.tensor2d(seededValues(23 * 64, 5), [23, 64]);
    const bias = tf.tensor1d(seededValues(64, 6));
    const loss = (xs: tf.Tensor, ws: tf.Tensor, bs: tf.Tensor) =>
      tf.sum(tf.square(tf.fused.matMul({ a: xs as tf.Tensor2D, b: ws as tf.Tensor2D, bias: bs, activation: 'relu' })));
    return tf.grads(loss)([x, w, bias]);
  });
  for (const error of errors) expect(error).toBeLessThan(1e-5);
});
