// Federated averaging on a toy logistic task, the partition helpers, and the privacy accounting of
// both DP levels.
import { initRuntime } from '../../src/runtime/node';
import { tf } from '../../src/tf';
import { createSeededRandom } from '../../src/seeded-random';
import {
  computeDpSgdPrivacy,
  createSeededUniform,
  federatedAveraging,
  labelProportions,
  partitionByKey,
  partitionDirichletLabels,
  partitionIid,
  selectRows,
  type ClientDataset,
  type FedAvgRoundEvent,
  type PerExampleLoss,
} from '../../src/privacy';
import { trainLocalEpochs } from '../../src/privacy/federated/local-training';

const bce: PerExampleLoss = (yTrue, yPred) => tf.metrics.binaryCrossentropy(yTrue, yPred);

interface Toy {
  rows: number[][];
  labels: number[];
}

/** Logistic data: y ~ Bernoulli(sigmoid(w.x)) with w = (2, -1.5, 1, 0), so about 85% is learnable. */
function toyLogistic(count: number, seed: number): Toy {
  const random = createSeededRandom(seed);
  const weights = [2, -1.5, 1, 0];
  const rows = Array.from({ length: count }, () => weights.map(() => random() * 2 - 1));
  const labels = rows.map((row) => {
    const logit = row.reduce((sum, value, index) => sum + value * weights[index], 0) * 2;
    return random() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
  });
  return { rows, labels };
}

function logisticModel(): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [4], units: 1, activation: 'sigmoid', kernelInitializer: 'zeros' }));
  return model;
}

function metricsOn(test: Toy): (model: tf.LayersModel) => Record<string, number> {
  return (model) =>
    tf.tidy(() => {
      const probabilities = (model.predict(tf.tensor2d(test.rows)) as tf.Tensor).dataSync();
      let correct = 0;
      let logLoss = 0;
      test.labels.forEach((label, index) => {
        const p = Math.min(1 - 1e-7, Math.max(1e-7, probabilities[index]));
        if ((p > 0.5 ? 1 : 0) === label) correct += 1;
        logLoss -= label * Math.log(p) + (1 - label) * Math.log(1 - p);
      });
      return { accuracy: correct / test.labels.length, logLoss: logLoss / test.labels.length };
    });
}

function clientsOf(data: Toy, parts: number[][]): ClientDataset[] {
  return parts.map((rows) => ({ x: selectRows(data.rows, rows), y: selectRows(data.labels, rows) }));
}

const train = toyLogistic(600, 1);
const test = toyLogistic(400, 2);

// A few hundred tiny training steps per test: seconds alone, more on a shared 2-core machine.
jest.setTimeout(30000);

beforeAll(async () => {
  await initRuntime({ backend: 'wasm' });
});

describe('partitions', () => {
  it('splits IID into near-equal parts that cover every row once', () => {
    const parts = partitionIid(600, 7, 3);
    expect(parts.map((part) => part.length).sort()).toEqual([85, 85, 86, 86, 86, 86, 86]);
    expect(parts.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 600 }, (_, index) => index));
    expect(partitionIid(600, 7, 3)).toEqual(parts);
  });

  it('skews labels under a small Dirichlet alpha, and hardly at all under a large one', () => {
    const values = [0, 1];
    const majorityShare = (parts: number[][]): number => {
      const shares = labelProportions(train.labels, parts, values).map((row) => Math.max(...row));
      return shares.reduce((sum, share) => sum + share, 0) / shares.length;
    };
    const skewed = partitionDirichletLabels(train.labels, { clients: 10, alpha: 0.1, seed: 5 });
    const mild = partitionDirichletLabels(train.labels, { clients: 10, alpha: 100, seed: 5 });
    const overall = train.labels.filter((label) => label === 1).length / train.labels.length;
    expect(skewed.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 600 }, (_, index) => index));
    expect(skewed.every((part) => part.length >= 1)).toBe(true);
    // Under alpha = 0.1 a typical client is dominated by one label; under alpha = 100 each client's
    // label mix stays near the overall one (about half and half).
    expect(majorityShare(skewed)).toBeGreaterThan(0.85);
    expect(majorityShare(mild)).toBeLessThan(Math.max(overall, 1 - overall) + 0.08);
    expect(majorityShare(partitionIid(600, 10, 5))).toBeLessThan(0.65);
  });

  it('makes one client per key, keys sorted', () => {
    const bands = ['30-39', '18-29', '40+', '18-29', '30-39', '18-29'];
    const { keys, parts } = partitionByKey(bands);
    expect(keys).toEqual(['18-29', '30-39', '40+']);
    expect(parts).toEqual([[1, 3, 5], [0, 4], [2]]);
    expect(partitionByKey([3, 1, 2, 1]).keys).toEqual([1, 2, 3]);
  });
});

describe('federated averaging', () => {
  it('with IID clients reaches the accuracy of centralized training', async () => {
    const evaluate = metricsOn(test);
    const central = logisticModel();
    const optimizer = tf.train.sgd(2);
    const x = tf.tensor2d(train.rows);
    const y = tf.tensor2d(train.labels, [train.labels.length, 1]);
    // Both runs are trained to convergence (more epochs change neither by more than 0.002 in log
    // loss); FedAvg needs more passes over the data because each round averages 5 short runs.
    trainLocalEpochs(central, x, y, { lossFn: bce, optimizer, epochs: 10, batchSize: 60, uniform: createSeededUniform(9) });
    const centralMetrics = evaluate(central);
    tf.dispose([x, y]);
    optimizer.dispose();

    const federated = logisticModel();
    const untrained = evaluate(federated);
    const events: FedAvgRoundEvent[] = [];
    const tensorsBefore = tf.memory().numTensors;
    const result = await federatedAveraging(federated, {
      clients: clientsOf(train, partitionIid(600, 5, 4)),
      rounds: 8,
      localEpochs: 3,
      localBatchSize: 60,
      createOptimizer: () => tf.train.sgd(2),
      lossFn: bce,
      seed: 10,
      evaluate,
      onRound: (event) => events.push(event),
    });
    const federatedMetrics = evaluate(federated);
    console.info(
      `held-out accuracy: untrained ${untrained.accuracy.toFixed(3)}, centralized ${centralMetrics.accuracy.toFixed(3)}, ` +
        `FedAvg ${federatedMetrics.accuracy.toFixed(3)}; log loss ${centralMetrics.logLoss.toFixed(3)} vs ${federatedMetrics.logLoss.toFixed(3)}`,
    );
    expect(untrained.logLoss).toBeCloseTo(Math.log(2), 5);
    expect(centralMetrics.accuracy).toBeGreaterThan(0.75);
    expect(Math.abs(federatedMetrics.accuracy - centralMetrics.accuracy)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(federatedMetrics.logLoss - centralMetrics.logLoss)).toBeLessThanOrEqual(0.01);
    expect(events.map((event) => event.round)).toEqual(Array.from({ length: 8 }, (_, index) => index + 1));
    expect(events[7].metrics['accuracy']).toBeCloseTo(federatedMetrics.accuracy, 10);
    expect(events[7].participants).toEqual([0, 1, 2, 3, 4]);
    expect(result.history[7].trainLoss).toBeLessThan(result.history[0].trainLoss);
    // The returned weights are the model's.
    const kernel = result.weights[0].dataSync();
    federated.getWeights()[0].dataSync().forEach((value, index) => expect(kernel[index]).toBe(value));
    tf.dispose(result.weights);
    // Rounds leave nothing behind but the returned copies (just disposed).
    expect(tf.memory().numTensors).toBe(tensorsBefore);
    central.dispose();
    federated.dispose();
  });

  it('with client-level DP reports the accountant epsilon of its rounds and still learns', async () => {
    const model = logisticModel();
    const result = await federatedAveraging(model, {
      clients: clientsOf(train, partitionIid(600, 20, 6)),
      rounds: 8,
      localEpochs: 1,
      localBatchSize: 15,
      createOptimizer: () => tf.train.sgd(1),
      lossFn: bce,
      clientFraction: 0.5,
      privacy: { level: 'client', clipNorm: 1, noiseMultiplier: 1, delta: 1e-3 },
      seed: 11,
      evaluate: metricsOn(test),
    });
    const expected = computeDpSgdPrivacy({ q: 0.5, noiseMultiplier: 1, steps: 8, delta: 1e-3 });
    expect(result.privacy?.level).toBe('client');
    expect(result.privacy?.epsilon).toBeCloseTo(expected.epsilon, 10);
    expect(result.privacy?.steps).toBe(8);
    const epsilons = result.history.map((entry) => entry.epsilon ?? Number.NaN);
    epsilons.slice(1).forEach((epsilon, index) => expect(epsilon).toBeGreaterThan(epsilons[index]));
    // Poisson client sampling: the number of participants varies around q K = 10.
    const counts = result.history.map((entry) => entry.participants.length);
    expect(new Set(counts).size).toBeGreaterThan(1);
    expect(result.history[7].metrics['accuracy']).toBeGreaterThan(0.7);
    tf.dispose(result.weights);
    model.dispose();
  });

  it('with example-level DP reports the largest epsilon over the clients', async () => {
    const sizes = [100, 150, 200, 150];
    const parts: number[][] = [];
    let start = 0;
    for (const size of sizes) {
      parts.push(Array.from({ length: size }, (_, index) => start + index));
      start += size;
    }
    const model = logisticModel();
    const result = await federatedAveraging(model, {
      clients: clientsOf(train, parts),
      rounds: 3,
      localEpochs: 1,
      localBatchSize: 25,
      createOptimizer: () => tf.train.sgd(0.3),
      lossFn: bce,
      privacy: { level: 'example', l2NormClip: 1, noiseMultiplier: 1, delta: 1e-4 },
      seed: 12,
    });
    // Client k runs rounds * ceil(n_k / 25) DP-SGD steps at rate 25 / n_k.
    const perClient = sizes.map(
      (size) => computeDpSgdPrivacy({ q: 25 / size, noiseMultiplier: 1, steps: 3 * Math.ceil(size / 25), delta: 1e-4 }).epsilon,
    );
    expect(result.privacy?.level).toBe('example');
    expect(result.privacy?.epsilon).toBeCloseTo(Math.max(...perClient), 10);
    // The smallest client samples at the highest rate, and here it is the least private one.
    expect(perClient[0]).toBe(Math.max(...perClient));
    expect(result.privacy?.steps).toBe(12);
    tf.dispose(result.weights);
    model.dispose();
  });
});
