// The wasm depthwise convolution gradients against the cpu backend, through the gradient of
// depthwiseConv2d on random shapes, strides and paddings.
import { createSeededRandom } from '../../src/seeded-random';
import { tf } from '../../src/tf';
import { compareBackends, seededValues } from './backends';

const random = createSeededRandom(77);
const pick = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const cases = Array.from({ length: 16 }, (_, i) => {
  const filter = pick(1, 3);
  return {
    batch: pick(1, 4),
    height: pick(filter, 9),
    width: pick(filter, 9),
    channels: pick(1, 8),
    multiplier: pick(1, 3),
    filter,
    stride: (i % 2) + 1,
    pad: (['same', 'valid'] as const)[Math.floor(i / 2) % 2],
    seed: 300 + i,
  };
});

it.each(cases.map((c) => [`x [${c.batch},${c.height},${c.width},${c.channels}] k${c.filter} x${c.multiplier} s${c.stride} ${c.pad}`, c] as const))(
  '%s',
  async (_, c) => {
    const errors = await compareBackends(() => {
      const x = tf.tensor4d(seededValues(c.batch * c.height * c.width * c.channels, c.seed), [c.batch, c.height, c.width, c.channels]);
      const w = tf.tensor4d(seededValues(c.filter * c.filter * c.channels * c.multiplier, c.seed + 1), [c.filter, c.filter, c.channels, c.multiplier]);
      const y = tf.depthwiseConv2d(x, w, c.stride, c.pad);
      const r = tf.tensor(seededValues(y.size, c.seed + 2), y.shape);
      const loss = (xs: tf.Tensor, ws: tf.Tensor) => tf.sum(tf.mul(tf.depthwiseConv2d(xs as tf.Tensor4D, ws as tf.Tensor4D, c.stride, c.pad), r));
      return [y, ...tf.grads(loss)([x, w])];
    });
    for (const error of errors) expect(error).toBeLessThan(1e-4);
  },
);

it('trains a separable conv layer on wasm with the same gradients as cpu', async () => {
  const errors = await compareBackends(() => {
    const layer = tf.layers.separableConv2d({
      filters: 4,
      kernelSize: 3,
      padding: 'same',
      depthMultiplier: 2,
      depthwiseInitializer: tf.initializers.glorotUniform({ seed: 1 }),
      pointwiseInitializer: tf.initializers.glorotUniform({ seed: 2 }),
    });
    const x = tf.tensor4d(seededValues(2 * 6 * 6 * 3, 9), [2, 6, 6, 3]);
    layer.apply(x);
    const { grads } = tf.variableGrads(() => tf.sum(tf.square(layer.apply(x) as tf.Tensor)), layer.trainableWeights.map((w) => w.read() as tf.Variable));
    const values = Object.values(grads);
    layer.dispose();
    return values;
  });
  expect(errors.length).toBeGreaterThanOrEqual(2);
  for (const error of errors) expect(error).toBeLessThan(1e-4);
});
