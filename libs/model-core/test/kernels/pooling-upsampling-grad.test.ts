// MaxPoolGrad and ResizeNearestNeighborGrad on wasm against gradients computed by hand (the adjoint
// of the forward op), and MaxPoolGrad against the cpu backend on random shapes.
import { tf } from '../../src/tf';
import { compareBackends, runOn, seededValues } from './backends';

it('max pooling sends each gradient to the first maximum of its window (4x6x6x8, by hand)', async () => {
  const shape: [number, number, number, number] = [4, 6, 6, 8];
  const [n, h, w, c] = shape;
  const x = seededValues(n * h * w * c, 9);
  const dy = Float32Array.from({ length: n * 3 * 3 * c }, (_, i) => 1 + i);
  const expected = new Float32Array(x.length);
  for (let b = 0; b < n; b++)
    for (let oh = 0; oh < 3; oh++)
      for (let ow = 0; ow < 3; ow++)
        for (let d = 0; d < c; d++) {
          let best = Number.NEGATIVE_INFINITY;
          let at = -1;
          for (let kh = 0; kh < 2; kh++)
            for (let kw = 0; kw < 2; kw++) {
              const i = ((b * h + oh * 2 + kh) * w + ow * 2 + kw) * c + d;
              if (x[i] > best) [best, at] = [x[i], i];
            }
          expected[at] += dy[((b * 3 + oh) * 3 + ow) * c + d];
        }
  const [grad] = await runOn('wasm', () =>
    tf.grad((input: tf.Tensor) => tf.sum(tf.mul(tf.maxPool(input as tf.Tensor4D, 2, 2, 'valid'), tf.tensor4d(dy, [n, 3, 3, c]))))(tf.tensor4d(x, shape)),
  );
  expect(Array.from(grad)).toEqual(Array.from(expected));
});

it.each([
  ['2x2 stride 2 valid', [3, 8, 8, 5], 2, 2, 'valid'],
  ['3x3 stride 2 same (overlapping windows)', [2, 7, 9, 4], 3, 2, 'same'],
  ['3x3 stride 1 same', [1, 5, 5, 3], 3, 1, 'same'],
] as const)('max pooling %s matches cpu', async (_, shape, size, stride, pad) => {
  const values = seededValues(shape.reduce((a: number, b: number) => a * b, 1), 21);
  const errors = await compareBackends(() => {
    const x = tf.tensor4d(values, [...shape]);
    const y = tf.maxPool(x, size, stride, pad);
    const r = tf.tensor(seededValues(y.size, 22), y.shape);
    return [y, tf.grad((input: tf.Tensor) => tf.sum(tf.mul(tf.maxPool(input as tf.Tensor4D, size, stride, pad), r)))(x)];
  });
  for (const error of errors) expect(error).toBeLessThan(1e-6);
});

it.each([
  ['2x upsampling of a batch', [2, 3, 3, 2], [6, 6], false],
  ['3x5 -> 7x8, half-pixel centres', [2, 3, 5, 3], [7, 8], true],
] as const)('nearest-neighbour upsampling, %s: the gradient is the adjoint of the forward resize', async (_, shape, size, halfPixelCenters) => {
  const [n, h, w, c] = shape;
  const dy = Float32Array.from({ length: n * size[0] * size[1] * c }, (_, i) => (i * 7919) % 101);
  // The adjoint by definition: <resize(e_i), dy> for each unit input e_i, read off one forward pass
  // of an index image (each input pixel holds its own index).
  const [indices] = await runOn('cpu', () =>
    tf.image.resizeNearestNeighbor(tf.tensor4d(Float32Array.from({ length: n * h * w * c }, (_, i) => i), [...shape]), [...size], false, halfPixelCenters),
  );
  const expected = new Float32Array(n * h * w * c);
  indices.forEach((source, i) => (expected[source] += dy[i]));
  const [grad] = await runOn('wasm', () =>
    tf.grad((x: tf.Tensor) => tf.sum(tf.mul(tf.image.resizeNearestNeighbor(x as tf.Tensor4D, [...size], false, halfPixelCenters), tf.tensor(dy, [n, size[0], size[1], c]))))(
      tf.zeros([...shape]),
    ),
  );
  expect(Array.from(grad)).toEqual(Array.from(expected));
});
