import { createSeededRandom } from '../../src/seeded-random';
import { tf } from '../../src/tf';

/** A small dense net whose initial weights depend only on `seed`. */
export function smallNet(seed: number, inputs = 4): tf.LayersModel {
  const model = tf.sequential();
  model.add(
    tf.layers.dense({ inputShape: [inputs], units: 8, activation: 'tanh', kernelInitializer: tf.initializers.glorotUniform({ seed }) }),
  );
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }) }));
  return model;
}

/** Rows of `inputs` uniform features in [-1, 1], labelled 1 where their sum is positive. */
export function linearlySeparable(count: number, seed: number, inputs = 4): { x: number[][]; y: number[] } {
  const random = createSeededRandom(seed);
  const x = Array.from({ length: count }, () => Array.from({ length: inputs }, () => random() * 2 - 1));
  return { x, y: x.map((row) => (row.reduce((sum, value) => sum + value, 0) > 0 ? 1 : 0)) };
}

export function tensorsOf(data: { x: number[][]; y: number[] }): { x: tf.Tensor2D; y: tf.Tensor2D } {
  return { x: tf.tensor2d(data.x), y: tf.tensor2d(data.y, [data.y.length, 1]) };
}

export function weightValues(model: tf.LayersModel): Float32Array[] {
  return model.getWeights().map((weight) => weight.dataSync() as Float32Array).map((values) => values.slice());
}
