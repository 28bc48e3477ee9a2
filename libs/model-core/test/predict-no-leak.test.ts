// A serving loop must not grow tf.memory().numTensors: every request's tensors are disposed.
import { initRuntime } from '../src/runtime/node';
import { tf } from '../src/tf';
import { createSeededRandom } from '../src/seeded-random';
import { buildXorModel } from './fixtures/xor-model';

it('keeps the tensor count flat over a thousand predictions', async () => {
  await initRuntime({ backend: 'wasm' });
  const model = buildXorModel();
  const random = createSeededRandom(7);
  const predictOne = (x: number, y: number): number =>
    tf.tidy(() => (model.predict(tf.tensor2d([[x, y]])) as tf.Tensor).dataSync()[0]);

  predictOne(0.5, 0.5); // warm-up: the first call may create lasting tensors (e.g. constants).
  const before = tf.memory().numTensors;
  for (let request = 0; request < 1000; request += 1) {
    const probability = predictOne(random() * 2 - 1, random() * 2 - 1);
    expect(probability).toBeGreaterThanOrEqual(0);
  }
  expect(tf.memory().numTensors).toBe(before);
  model.dispose();
});
