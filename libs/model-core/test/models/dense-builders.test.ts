import { buildLogisticRegression } from '../../src/models/logistic-regression';
import { buildTabularMlp } from '../../src/models/tabular-mlp';
import { initRuntime } from '../../src/runtime/node';
import { createSeededRandom } from '../../src/seeded-random';
import { tf } from '../../src/tf';
import { trainModel } from '../../src/train/train-model';

beforeAll(async () => {
  expect((await initRuntime({ backend: 'wasm' })).backend).toBe('wasm');
});

function points(count: number, seed: number, label: (row: number[]) => number) {
  const random = createSeededRandom(seed);
  const rows = Array.from({ length: count }, () => [random() * 2 - 1, random() * 2 - 1, random() * 2 - 1]);
  return { x: tf.tensor2d(rows), y: tf.tensor1d(rows.map(label)), labels: rows.map(label) };
}

describe('logistic regression', () => {
  it('has inputs + 1 parameters and learns a linear boundary', async () => {
    const bundle = buildLogisticRegression({ inputs: 3, seed: 1 });
    expect(bundle.describe()).toMatchObject({ kind: 'logistic-regression', parameters: 4, weightBytes: 16 });
    const data = points(200, 1, ([a, b]) => (a + 2 * b > 0 ? 1 : 0));
    const result = await trainModel(bundle.model, { train: { x: data.x, y: data.y.reshape([-1, 1]) } }, {
      epochs: 15, batchSize: 32, loss: bundle.loss, metrics: ['accuracy'], optimizer: { name: 'adam', learningRate: 0.1 },
    });
    expect(result.history.at(-1)?.loss).toBeLessThan(result.history[0].loss * 0.5);
    expect(result.history.at(-1)?.metrics.accuracy).toBeGreaterThan(0.95);
    tf.dispose([data.x, data.y]);
    bundle.model.dispose();
  });

  it('with several classes uses softmax and sparse cross-entropy', async () => {
    const bundle = buildLogisticRegression({ inputs: 3, classes: 3, seed: 2 });
    expect(bundle.describe().parameters).toBe(3 * 3 + 3);
    expect(bundle.loss).toBe('sparseCategoricalCrossentropy');
    const data = points(150, 2, ([a, b]) => (a > 0.3 ? 2 : b > 0 ? 1 : 0));
    const result = await trainModel(bundle.model, { train: { x: data.x, y: data.y } }, {
      epochs: 10, loss: bundle.loss, optimizer: { name: 'adam', learningRate: 0.1 },
    });
    expect(result.history.at(-1)?.loss).toBeLessThan(result.history[0].loss * 0.7);
    tf.dispose([data.x, data.y]);
    bundle.model.dispose();
  });
});

describe('tabular MLP (numeric only, trains on wasm as shipped)', () => {
  it('counts its parameters by hand and learns XOR-like data', async () => {
    const bundle = buildTabularMlp({ numericFeatures: 3, hidden: [16, 8], target: { kind: 'binary' }, seed: 3 });
    // 3*16 + 16, 16*8 + 8, 8*1 + 1
    expect(bundle.describe().parameters).toBe(64 + 136 + 9);
    const data = points(300, 3, ([a, b]) => (a * b > 0 ? 1 : 0));
    const result = await trainModel(bundle.model, { train: { x: data.x, y: data.y.reshape([-1, 1]) } }, {
      epochs: 30, batchSize: 32, loss: bundle.loss, metrics: ['accuracy'], optimizer: { name: 'adam', learningRate: 0.02 },
    });
    expect(result.history.at(-1)?.loss).toBeLessThan(result.history[0].loss * 0.5);
    expect(result.history.at(-1)?.metrics.accuracy).toBeGreaterThan(0.9);
    tf.dispose([data.x, data.y]);
    bundle.model.dispose();
  });

  it('draws the same initial weights from the same seed, and others from another seed', () => {
    const weightsOf = (seed: number) => {
      const bundle = buildTabularMlp({ numericFeatures: 3, target: { kind: 'regression' }, seed });
      const values = bundle.model.getWeights().map((weight) => Array.from(weight.dataSync()));
      bundle.model.dispose();
      return values;
    };
    expect(weightsOf(5)).toEqual(weightsOf(5));
    expect(weightsOf(5)[0]).not.toEqual(weightsOf(6)[0]);
  });
});
