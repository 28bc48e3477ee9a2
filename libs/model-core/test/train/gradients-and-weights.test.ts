import { initRuntime } from '../../src/runtime/node';
import { tf } from '../../src/tf';
import { sampleWeightsFromClassWeights } from '../../src/train/class-weights';
import { clipByGlobalNorm } from '../../src/train/gradient-clipping';
import { binaryCrossentropy, sparseCategoricalCrossentropy } from '../../src/train/losses';
import { trainModel } from '../../src/train/train-model';
import { weightValues } from './toy-data';

beforeAll(async () => {
  expect((await initRuntime({ backend: 'wasm' })).backend).toBe('wasm');
});

/** A 2-input logistic regression with fixed weights w = [1, -2], b = 0.5. */
function fixedLogistic(): tf.LayersModel {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [2], units: 1, activation: 'sigmoid' }));
  model.setWeights([tf.tensor2d([[1], [-2]]), tf.tensor1d([0.5])]);
  return model;
}

const rows = [
  [0.5, 0.25],
  [-1, 0.5],
  [2, 1],
  [0, -0.5],
];
const labels = [1, 0, 0, 1];

describe('losses, by hand', () => {
  it('binary cross-entropy per example', () => {
    const values = tf.tidy(() => binaryCrossentropy(tf.tensor2d([[1], [0]]), tf.tensor2d([[0.8], [0.25]])).dataSync());
    expect(values[0]).toBeCloseTo(-Math.log(0.8), 6);
    expect(values[1]).toBeCloseTo(-Math.log(0.75), 6);
  });

  it('sparse categorical cross-entropy per example', () => {
    const values = tf.tidy(() =>
      sparseCategoricalCrossentropy(tf.tensor1d([2, 0], 'int32'), tf.tensor2d([[0.1, 0.2, 0.7], [0.5, 0.25, 0.25]])).dataSync(),
    );
    expect(values[0]).toBeCloseTo(-Math.log(0.7), 6);
    expect(values[1]).toBeCloseTo(-Math.log(0.5), 6);
  });
});

describe('class weights', () => {
  it('map labels to per-example weights; missing classes weigh 1', () => {
    const weights = tf.tidy(() => sampleWeightsFromClassWeights(tf.tensor2d(labels, [4, 1]), { 1: 3 }));
    expect(Array.from(weights)).toEqual([3, 1, 1, 3]);
    const oneHot = tf.tidy(() => sampleWeightsFromClassWeights(tf.tensor2d([[0, 1, 0], [0, 0, 1]]), [1, 0.5, 4]));
    expect(Array.from(oneHot)).toEqual([0.5, 4]);
  });

  it('change the reported loss to mean(weight * loss) over the batch, computed by hand', async () => {
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    const perExample = rows.map(([a, b], index) => {
      const p = sigmoid(a - 2 * b + 0.5);
      return labels[index] === 1 ? -Math.log(p) : -Math.log(1 - p);
    });
    const classWeights = { 0: 0.25, 1: 3 };
    const expectedWeighted = perExample.reduce((sum, loss, index) => sum + classWeights[labels[index] as 0 | 1] * loss, 0) / 4;
    const expectedPlain = perExample.reduce((sum, loss) => sum + loss, 0) / 4;

    const lossWith = async (weights?: Record<number, number>) => {
      const model = fixedLogistic();
      const x = tf.tensor2d(rows);
      const y = tf.tensor2d(labels, [4, 1]);
      // One full batch, reported before the update is applied.
      const result = await trainModel(model, { train: { x, y } }, {
        epochs: 1, batchSize: 4, loss: 'binaryCrossentropy', shuffle: false, classWeights: weights,
        optimizer: { name: 'sgd', learningRate: 0.1 },
      });
      tf.dispose([x, y]);
      model.dispose();
      return result.history[0].loss;
    };
    expect(await lossWith(classWeights)).toBeCloseTo(expectedWeighted, 5);
    expect(await lossWith()).toBeCloseTo(expectedPlain, 5);
    expect(expectedWeighted).not.toBeCloseTo(expectedPlain, 2);
  });
});

describe('gradient clipping by global norm', () => {
  it('scales all gradients by maxNorm / norm and keeps their direction', () => {
    const gradients = { a: tf.tensor1d([3, 4]), b: tf.tensor1d([12]) }; // global norm 13
    const { clipped, norm } = clipByGlobalNorm(gradients, 6.5);
    expect(norm.dataSync()[0]).toBeCloseTo(13, 5);
    expect(Array.from(clipped.a.dataSync())).toEqual([1.5, 2]);
    expect(Array.from(clipped.b.dataSync())).toEqual([6]);
    const untouched = clipByGlobalNorm(gradients, 100);
    expect(Array.from(untouched.clipped.a.dataSync())).toEqual([3, 4]);
    tf.dispose([gradients.a, gradients.b, clipped.a, clipped.b, norm, untouched.clipped.a, untouched.clipped.b, untouched.norm]);
  });

  it('bounds each SGD update: |delta w| = learning rate * min(norm, clipNorm)', async () => {
    const model = fixedLogistic();
    const x = tf.tensor2d(rows);
    const y = tf.tensor2d(labels, [4, 1]);
    const before = weightValues(model);
    const norms: number[] = [];
    await trainModel(model, { train: { x, y } }, {
      epochs: 1, batchSize: 4, loss: 'binaryCrossentropy', shuffle: false, clipNorm: 0.05,
      optimizer: { name: 'sgd', learningRate: 2 },
      onProgress: (event) => {
        if (event.type === 'step' && event.gradientNorm !== undefined) norms.push(event.gradientNorm);
      },
    });
    const after = weightValues(model);
    const stepLength = Math.sqrt(
      after.reduce((sum, values, index) => sum + values.reduce((inner, value, at) => inner + (value - before[index][at]) ** 2, 0), 0),
    );
    // The unclipped gradient is longer than the cap, so the cap is what limits the step.
    expect(norms[0]).toBeGreaterThan(0.05);
    expect(stepLength).toBeCloseTo(2 * 0.05, 5);
    tf.dispose([x, y]);
    model.dispose();
  });
});
