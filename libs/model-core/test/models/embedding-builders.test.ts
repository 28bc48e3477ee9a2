import { MaskedMeanPooling } from '../../src/models/custom-layers';
import { buildImplicitRanker, sampleBprTriples } from '../../src/models/implicit-ranker';
import { buildMatrixFactorization } from '../../src/models/matrix-factorization';
import { buildTabularMlp } from '../../src/models/tabular-mlp';
import { buildTextClassifier } from '../../src/models/text-classifier';
import { createSeededRandom } from '../../src/seeded-random';
import { tf } from '../../src/tf';
import { trainModel } from '../../src/train/train-model';
import { CONV_KERNELS, EMBEDDING_KERNELS, initTrainingBackend } from './training-backend';

// Kept small: on the cpu fallback each step costs tens of milliseconds whatever the model size.
jest.setTimeout(20_000);

let backend: string;
beforeAll(async () => {
  backend = await initTrainingBackend([...EMBEDDING_KERNELS, ...CONV_KERNELS]);
});

it('runs on a backend that can train embeddings', () => {
  expect(['wasm', 'cpu']).toContain(backend);
});

describe('masked mean pooling (the embedding bag)', () => {
  it('averages the embeddings of non-padding ids only, by hand', () => {
    const pooled = tf.tidy(() => {
      const embedded = tf.tensor3d([[[1, 2], [3, 4], [100, 100]], [[0, 0], [0, 0], [0, 0]]]);
      const ids = tf.tensor2d([[5, 7, 0], [0, 0, 0]], undefined, 'int32');
      return (new MaskedMeanPooling().apply([embedded, ids]) as tf.Tensor).arraySync();
    });
    expect(pooled).toEqual([[2, 3], [0, 0]]);
  });
});

describe('tabular MLP with a categorical embedding', () => {
  it('learns a target that depends only on the category', async () => {
    const random = createSeededRandom(11);
    const count = 240;
    const categories = Array.from({ length: count }, () => Math.floor(random() * 6));
    const numeric = tf.tensor2d(Array.from({ length: count }, () => [random(), random()]));
    const ids = tf.tensor2d(categories, [count, 1], 'int32');
    const y = tf.tensor2d(categories.map((category) => (category % 3 === 0 ? 1 : 0)), [count, 1]);
    const bundle = buildTabularMlp({
      numericFeatures: 2, categorical: [{ name: 'region', cardinality: 6, embeddingDim: 3 }], hidden: [8], target: { kind: 'binary' }, seed: 4,
    });
    // 6*3 embedding, (2+3)*8 + 8, 8 + 1
    expect(bundle.describe().parameters).toBe(18 + 48 + 9);
    expect(bundle.describe().inputs.map((input) => input.name)).toEqual(['numeric', 'region_id']);
    const result = await trainModel(bundle.model, { train: { x: [numeric, ids], y } }, {
      epochs: 12, batchSize: 32, loss: bundle.loss, metrics: ['accuracy'], optimizer: { name: 'adam', learningRate: 0.05 },
    });
    expect(result.history.at(-1)?.loss).toBeLessThan(result.history[0].loss * 0.5);
    expect(result.history.at(-1)?.metrics.accuracy).toBeGreaterThan(0.95);
    tf.dispose([numeric, ids, y]);
    bundle.model.dispose();
  });
});

/** Rows of `maxTokens` ids: class c uses ids from its own band of 9, padded with 0. */
function bandedDocuments(count: number, maxTokens: number, seed: number) {
  const random = createSeededRandom(seed);
  const labels: number[] = [];
  const rows: number[][] = [];
  for (let row = 0; row < count; row += 1) {
    const label = row % 3;
    const length = 2 + Math.floor(random() * (maxTokens - 1));
    rows.push(Array.from({ length: maxTokens }, (_, at) => (at < length ? 1 + label * 9 + Math.floor(random() * 9) : 0)));
    labels.push(label);
  }
  return { x: tf.tensor2d(rows, undefined, 'int32'), y: tf.tensor1d(labels, 'int32') };
}

describe.each(['bag', 'cnn'] as const)('text classifier (%s)', (variant) => {
  it('learns which id band belongs to which class', async () => {
    const bundle = buildTextClassifier({ vocabularySize: 28, maxTokens: 6, classes: 3, embeddingDim: 8, filters: 8, variant, seed: 5 });
    if (variant === 'bag') expect(bundle.describe().parameters).toBe(28 * 8 + 8 * 3 + 3);
    const train = bandedDocuments(150, 6, 12);
    const result = await trainModel(bundle.model, { train }, {
      epochs: 8, batchSize: 25, loss: bundle.loss, metrics: ['accuracy'], optimizer: { name: 'adam', learningRate: 0.05 },
    });
    expect(result.history.at(-1)?.loss).toBeLessThan(result.history[0].loss * 0.5);
    expect(result.history.at(-1)?.metrics.accuracy).toBeGreaterThan(0.9);
    tf.dispose([train.x, train.y]);
    bundle.model.dispose();
  });
});

describe('matrix factorization with biases', () => {
  it('counts mu + biases + factors and fits ratings made from rank-2 factors', async () => {
    const random = createSeededRandom(13);
    const users = 20;
    const items = 15;
    const userFactors = Array.from({ length: users }, () => [random() * 2 - 1, random() * 2 - 1]);
    const itemFactors = Array.from({ length: items }, () => [random() * 2 - 1, random() * 2 - 1]);
    const pairs = Array.from({ length: 200 }, () => [Math.floor(random() * users), Math.floor(random() * items)]);
    const ratings = pairs.map(([user, item]) => 3 + 2 * (userFactors[user][0] * itemFactors[item][0] + userFactors[user][1] * itemFactors[item][1]));
    const bundle = buildMatrixFactorization({ users, items, factors: 4, globalMean: 3, l2: 0, seed: 6 });
    expect(bundle.describe().parameters).toBe(users * 4 + items * 4 + users + items + 1);
    const x = [tf.tensor2d(pairs.map(([user]) => user), [200, 1], 'int32'), tf.tensor2d(pairs.map(([, item]) => item), [200, 1], 'int32')];
    const y = tf.tensor2d(ratings, [200, 1]);
    const result = await trainModel(bundle.model, { train: { x, y } }, {
      epochs: 15, batchSize: 40, loss: bundle.loss, optimizer: { name: 'adam', learningRate: 0.1 },
    });
    expect(result.history.at(-1)?.loss).toBeLessThan(result.history[0].loss * 0.2);
    tf.dispose([...x, y]);
    bundle.model.dispose();
  });
});

describe('implicit-feedback ranker (BPR)', () => {
  it('samples negatives the user has not seen', () => {
    const interactions: [number, number][] = [[0, 0], [0, 1], [1, 2]];
    const triples = sampleBprTriples(interactions, 4, { negativesPerPositive: 5, seed: 1 });
    expect(triples.users).toHaveLength(15);
    for (let at = 0; at < 15; at += 1) {
      const seen = interactions.filter(([user]) => user === triples.users[at]).map(([, item]) => item);
      expect(seen).not.toContain(triples.negatives[at]);
    }
  });

  it('ranks the items of a user\'s group above the others after training', async () => {
    const users = 12;
    const items = 20;
    // Even users like items 0-9, odd users items 10-19; each user has seen 6 of their 10.
    const random = createSeededRandom(14);
    const interactions: [number, number][] = [];
    for (let user = 0; user < users; user += 1) {
      const base = (user % 2) * 10;
      for (let item = 0; item < 10; item += 1) if (random() < 0.6) interactions.push([user, base + item]);
    }
    const triples = sampleBprTriples(interactions, items, { negativesPerPositive: 4, seed: 2 });
    const column = (values: Int32Array) => tf.tensor2d(values, [values.length, 1], 'int32');
    const x = [column(triples.users), column(triples.positives), column(triples.negatives)];
    const ranker = buildImplicitRanker({ users, items, factors: 4, l2: 0, seed: 7 });
    expect(ranker.describe().parameters).toBe(users * 4 + items * 4 + items);
    const result = await trainModel(ranker.model, { train: { x, y: tf.zeros([triples.users.length, 1]) } }, {
      epochs: 6, batchSize: 64, loss: ranker.loss, optimizer: { name: 'adam', learningRate: 0.1 },
    });
    expect(result.history.at(-1)?.loss).toBeLessThan(result.history[0].loss * 0.5);
    // AUC of each user's own group against the other group, from the serving model's scores.
    let above = 0;
    let pairs = 0;
    for (let user = 0; user < users; user += 1) {
      const scores = ranker.scoreAllItems(user);
      const base = (user % 2) * 10;
      for (let own = base; own < base + 10; own += 1) {
        for (let other = 10 - base; other < 20 - base; other += 1) {
          above += scores[own] > scores[other] ? 1 : 0;
          pairs += 1;
        }
      }
    }
    expect(above / pairs).toBeGreaterThan(0.9);
    tf.dispose(x);
    ranker.model.dispose();
  });
});
