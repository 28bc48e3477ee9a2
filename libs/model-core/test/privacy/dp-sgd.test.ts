// DP-SGD's clipping and noise on small models whose gradients can be written down by hand.
import { initRuntime } from '../../src/runtime/node';
import { tf } from '../../src/tf';
import { createSeededRandom } from '../../src/seeded-random';
import {
  chooseClippingStrategy,
  clippedGradientSumByLoop,
  clippedGradientSumDenseVectorized,
  computeDpSgdPrivacy,
  createDpSgdStep,
  trainDpSgd,
  trainableVariables,
  type PerExampleLoss,
} from '../../src/privacy';

const bce: PerExampleLoss = (yTrue, yPred) => tf.metrics.binaryCrossentropy(yTrue, yPred);

beforeAll(async () => {
  await initRuntime({ backend: 'wasm' });
});

function mlp(seed: number, inputs = 5): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [inputs], units: 8, activation: 'tanh', kernelInitializer: tf.initializers.glorotUniform({ seed }) }));
  model.add(tf.layers.dense({ units: 4, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }) }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 2 }) }));
  return model;
}

function randomBatch(rows: number, columns: number, seed: number): { x: tf.Tensor2D; y: tf.Tensor2D } {
  const random = createSeededRandom(seed);
  const x = Array.from({ length: rows }, () => Array.from({ length: columns }, () => random() * 4 - 2));
  const y = x.map((row) => [row[0] + row[1] > 0 ? 1 : 0]);
  return { x: tf.tensor2d(x), y: tf.tensor2d(y) };
}

describe('per-example clipping', () => {
  it('clips a logistic regression gradient exactly as computed by hand', () => {
    // One example: p = sigmoid(w.x + b); dL/dw = (p - y) x and dL/db = (p - y), so the gradient norm
    // is |p - y| sqrt(|x|^2 + 1) and clipping scales it by C / norm when that is below 1.
    const model = tf.sequential();
    model.add(tf.layers.dense({ inputShape: [2], units: 1, activation: 'sigmoid', kernelInitializer: 'zeros' }));
    model.setWeights([tf.tensor2d([[0.5], [-1]]), tf.tensor1d([0.25])]);
    const x = tf.tensor2d([[2, 1]]);
    const y = tf.tensor2d([[1]]);
    const p = 1 / (1 + Math.exp(-(0.5 * 2 - 1 * 1 + 0.25)));
    const norm = Math.abs(p - 1) * Math.sqrt(2 * 2 + 1 * 1 + 1);
    const clip = 0.3;
    const scale = Math.min(1, clip / norm);
    expect(scale).toBeLessThan(1); // the case must actually clip
    const expected = [(p - 1) * 2 * scale, (p - 1) * 1 * scale, (p - 1) * scale];
    for (const clipped of [
      clippedGradientSumByLoop(model, trainableVariables(model), x, y, bce, clip),
      clippedGradientSumDenseVectorized(model, trainableVariables(model), x, y, bce, clip),
    ]) {
      const flat = [...clipped.sums[0].dataSync(), ...clipped.sums[1].dataSync()];
      // tfjs clips probabilities at 1e-7 inside binaryCrossentropy: far below these tolerances.
      flat.forEach((value, index) => expect(value).toBeCloseTo(expected[index], 5));
      expect(clipped.norms.dataSync()[0]).toBeCloseTo(norm, 5);
      tf.dispose([...clipped.sums, clipped.lossSum, clipped.norms]);
    }
    tf.dispose([x, y]);
    model.dispose();
  });

  it('gives the same clipped sums by the loop and by the vectorized Dense path', () => {
    const model = mlp(3);
    const { x, y } = randomBatch(24, 5, 11);
    const variables = trainableVariables(model);
    const before = tf.memory().numTensors;
    const looped = clippedGradientSumByLoop(model, variables, x, y, bce, 1.5);
    const vectorized = clippedGradientSumDenseVectorized(model, variables, x, y, bce, 1.5);
    const loopNorms = Array.from(looped.norms.dataSync());
    // The clip must bind for some examples and not for others, or the comparison proves less.
    expect(loopNorms.some((norm) => norm > 1.5)).toBe(true);
    expect(loopNorms.some((norm) => norm < 1.5)).toBe(true);
    Array.from(vectorized.norms.dataSync()).forEach((norm, index) => expect(norm).toBeCloseTo(loopNorms[index], 5));
    looped.sums.forEach((sum, position) => {
      const a = sum.dataSync();
      const b = vectorized.sums[position].dataSync();
      a.forEach((value, index) => expect(b[index]).toBeCloseTo(value, 5));
    });
    expect(vectorized.lossSum.dataSync()[0]).toBeCloseTo(looped.lossSum.dataSync()[0], 4);
    tf.dispose([...looped.sums, looped.lossSum, looped.norms, ...vectorized.sums, vectorized.lossSum, vectorized.norms]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, y]);
    model.dispose();
  });

  it('equals the plain gradient of the summed loss when nothing is clipped', () => {
    const model = mlp(5);
    const { x, y } = randomBatch(16, 5, 12);
    const variables = trainableVariables(model);
    const { grads } = tf.variableGrads(() => tf.sum(bce(y, model.apply(x) as tf.Tensor)) as tf.Scalar, variables);
    const clipped = clippedGradientSumDenseVectorized(model, variables, x, y, bce, 1e6);
    variables.forEach((variable, position) => {
      const reference = grads[variable.name].dataSync();
      clipped.sums[position].dataSync().forEach((value, index) => expect(value).toBeCloseTo(reference[index], 5));
    });
    tf.dispose([...Object.values(grads), ...clipped.sums, clipped.lossSum, clipped.norms, x, y]);
    model.dispose();
  });

  it('falls back to the loop for layers other than Dense', () => {
    const model = tf.sequential();
    model.add(tf.layers.dense({ inputShape: [5], units: 6, activation: 'relu' }));
    model.add(tf.layers.dropout({ rate: 0.1 }));
    model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
    expect(chooseClippingStrategy(model)).toBe('loop');
    expect(() => chooseClippingStrategy(model, 'dense-vectorized')).toThrow(/Dense layers/);
    expect(chooseClippingStrategy(mlp(1))).toBe('dense-vectorized');
    model.dispose();
  });

  it('measures the vectorized path well ahead of the loop', () => {
    // The figures behind the README's table (credit MLP, batch 256): the loop costs one backward
    // pass per example. A small batch keeps this test fast; the asserted margin is loose.
    const model = mlp(7, 23);
    const { x, y } = randomBatch(32, 23, 13);
    const variables = trainableVariables(model);
    const time = (run: () => void, repeats: number): number => {
      run();
      const started = performance.now();
      for (let index = 0; index < repeats; index += 1) run();
      return (performance.now() - started) / repeats;
    };
    const runWith = (fn: typeof clippedGradientSumByLoop) => () => {
      const result = fn(model, variables, x, y, bce, 1);
      result.sums[0].dataSync();
      tf.dispose([...result.sums, result.lossSum, result.norms]);
    };
    const loopMs = time(runWith(clippedGradientSumByLoop), 1);
    const vectorizedMs = time(runWith(clippedGradientSumDenseVectorized), 10);
    console.info(`clipping 32 examples: loop ${loopMs.toFixed(1)} ms, dense-vectorized ${vectorizedMs.toFixed(2)} ms`);
    expect(vectorizedMs * 3).toBeLessThan(loopMs);
    tf.dispose([x, y]);
    model.dispose();
  });
});

describe('the DP-SGD step', () => {
  it('adds noise of standard deviation sigma C divided by the expected batch size', () => {
    // An empty batch leaves only the noise; with plain SGD at rate 1 the weights move by exactly
    // -noise / expectedBatchSize. 2,050 weights estimate the standard deviation to about 3%.
    const model = tf.sequential();
    model.add(tf.layers.dense({ inputShape: [40], units: 50, kernelInitializer: 'zeros' }));
    const before = model.getWeights().map((weight) => Array.from(weight.dataSync()));
    const step = createDpSgdStep(model, {
      lossFn: (yTrue, yPred) => tf.metrics.meanSquaredError(yTrue, yPred),
      optimizer: tf.train.sgd(1),
      l2NormClip: 2,
      noiseMultiplier: 1.5,
      expectedBatchSize: 4,
      seed: 99,
    });
    const result = step(tf.zeros([0, 40]), tf.zeros([0, 50]));
    expect(result.batchSize).toBe(0);
    const moved = model.getWeights().flatMap((weight, position) =>
      Array.from(weight.dataSync()).map((value, index) => value - before[position][index]),
    );
    const mean = moved.reduce((sum, value) => sum + value, 0) / moved.length;
    const std = Math.sqrt(moved.reduce((sum, value) => sum + (value - mean) ** 2, 0) / moved.length);
    expect(moved.length).toBe(2050);
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(std).toBeGreaterThan(0.75 * 0.94);
    expect(std).toBeLessThan(0.75 * 1.06); // sigma C / B = 1.5 * 2 / 4
    model.dispose();
  });

  it('repeats exactly with the same seed and differs without one', () => {
    const run = (seed?: number): number[] => {
      const model = mlp(21);
      const { x, y } = randomBatch(8, 5, 3);
      const step = createDpSgdStep(model, { lossFn: bce, optimizer: tf.train.sgd(0.1), l2NormClip: 1, noiseMultiplier: 1, expectedBatchSize: 8, seed });
      step(x, y);
      const weights = Array.from(model.getWeights()[0].dataSync());
      tf.dispose([x, y]);
      model.dispose();
      return weights;
    };
    expect(run(5)).toEqual(run(5));
    expect(run(5)).not.toEqual(run(6));
    expect(run()).not.toEqual(run());
  });
});

describe('a DP-SGD training run', () => {
  it('learns a separable task and reports the epsilon of its steps', async () => {
    const random = createSeededRandom(17);
    const rows = Array.from({ length: 400 }, () => [random() * 2 - 1, random() * 2 - 1]);
    const labels = rows.map(([a, b]) => (2 * a - b > 0 ? 1 : 0));
    const x = tf.tensor2d(rows);
    const y = tf.tensor2d(labels, [labels.length, 1]);
    const model = tf.sequential();
    model.add(tf.layers.dense({ inputShape: [2], units: 1, activation: 'sigmoid', kernelInitializer: 'zeros' }));
    const accuracy = (): number =>
      tf.tidy(() => {
        const predicted = (model.predict(x) as tf.Tensor).greater(0.5).dataSync();
        return labels.filter((label, index) => predicted[index] === label).length / labels.length;
      });
    const untrained = accuracy();
    const epsilons: number[] = [];
    const tensorsBefore = tf.memory().numTensors;
    const optimizer = tf.train.sgd(0.5);
    const result = await trainDpSgd(model, {
      x,
      y,
      lossFn: bce,
      optimizer,
      l2NormClip: 1,
      noiseMultiplier: 1.1,
      batchSize: 40,
      epochs: 5,
      delta: 1e-4,
      seed: 4,
      onStep: (progress) => epsilons.push(progress.epsilon),
    });
    optimizer.dispose(); // it holds its learning rate as a tensor; training must hold nothing else
    expect(tf.memory().numTensors).toBe(tensorsBefore);
    const trained = accuracy();
    console.info(`DP-SGD logistic: accuracy ${untrained.toFixed(2)} -> ${trained.toFixed(2)}, epsilon ${result.epsilon.toFixed(3)}`);
    expect(untrained).toBeLessThan(0.7);
    expect(trained).toBeGreaterThan(0.9);
    expect(result.steps).toBe(50);
    expect(result.strategy).toBe('dense-vectorized');
    expect(epsilons).toHaveLength(50);
    epsilons.slice(1).forEach((epsilon, index) => expect(epsilon).toBeGreaterThan(epsilons[index]));
    const expected = computeDpSgdPrivacy({ q: 40 / 400, noiseMultiplier: 1.1, steps: 50, delta: 1e-4 });
    expect(result.epsilon).toBeCloseTo(expected.epsilon, 10);
    expect(epsilons[49]).toBeCloseTo(expected.epsilon, 10);
    tf.dispose([x, y]);
    model.dispose();
  });
});
