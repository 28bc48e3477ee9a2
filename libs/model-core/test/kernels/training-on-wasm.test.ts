// Small embedding and convolutional models train on wasm with the training kernels: the loss falls,
// and after the same seeded steps the weights match the cpu backend's within float tolerance.
import { tf } from '../../src/tf';
import { relativeError, runOn, seededValues } from './backends';

const STEPS = 8;

interface Run {
  losses: number[];
  weights: Float32Array[];
}

async function train(backend: 'cpu' | 'wasm', makeOptimizer: () => tf.Optimizer, build: () => tf.LayersModel, x: () => tf.Tensor, y: () => tf.Tensor, loss: (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor): Promise<Run> {
  const losses: number[] = [];
  const weights = await runOn(backend, () => {
    const model = build();
    const optimizer = makeOptimizer();
    const inputs = x();
    const targets = y();
    for (let step = 0; step < STEPS; step++) {
      const value = optimizer.minimize(() => tf.mean(loss(targets, model.apply(inputs, { training: true }) as tf.Tensor)) as tf.Scalar, true);
      losses.push(value?.dataSync()[0] ?? Number.NaN);
      value?.dispose();
    }
    const trained = model.getWeights().map((weight) => weight.clone());
    optimizer.dispose();
    model.dispose();
    return trained;
  });
  return { losses, weights };
}

function expectLearnedAlike(wasm: Run, cpu: Run): void {
  expect(wasm.losses[STEPS - 1]).toBeLessThan(wasm.losses[0] * 0.9);
  wasm.losses.forEach((value, step) => expect(Math.abs(value - cpu.losses[step])).toBeLessThan(1e-4 * Math.max(1, Math.abs(cpu.losses[step]))));
  expect(wasm.weights.length).toBe(cpu.weights.length);
  wasm.weights.forEach((values, i) => expect(relativeError(values, cpu.weights[i])).toBeLessThan(1e-3));
}

it('an embedding-bag classifier (gather, mean pooling, dense) learns on wasm as on cpu', async () => {
  const vocabulary = 40; // small: the cpu backend's UnsortedSegmentSum loops over every segment
  const rows = 48;
  const ids = Int32Array.from(seededValues(rows * 10, 1), (value) => Math.floor(((value + 1) / 2) * vocabulary));
  // The class is decided by the first id, so the embedding table must move for the loss to fall.
  const labels = Array.from({ length: rows }, (_, row) => ids[row * 10] % 4);
  const build = () => {
    const model = tf.sequential();
    model.add(tf.layers.embedding({ inputDim: vocabulary, outputDim: 8, inputLength: 10, embeddingsInitializer: tf.initializers.randomUniform({ minval: -0.1, maxval: 0.1, seed: 3 }) }));
    model.add(tf.layers.globalAveragePooling1d());
    model.add(tf.layers.dense({ units: 4, kernelInitializer: tf.initializers.glorotUniform({ seed: 4 }) }));
    return model;
  };
  const x = () => tf.tensor2d(ids, [rows, 10], 'int32');
  const y = () => tf.oneHot(tf.tensor1d(labels, 'int32'), 4);
  const loss = (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.losses.softmaxCrossEntropy(yTrue, yPred);
  const adam = () => tf.train.adam(0.05);
  const wasm = await train('wasm', adam, build, x, y, loss);
  const cpu = await train('cpu', adam, build, x, y, loss);
  expectLearnedAlike(wasm, cpu);
});

it('a small strided conv net with batch norm, max pooling and upsampling learns on wasm as on cpu', async () => {
  const build = () => {
    const input = tf.input({ shape: [12, 12, 3] });
    const conv = (filters: number, strides: number, seed: number, useBias = true) =>
      tf.layers.conv2d({ filters, kernelSize: 3, strides, padding: 'same', useBias, kernelInitializer: tf.initializers.heNormal({ seed }) });
    // No bias before batch norm (it would cancel out, leaving a bias whose gradient is rounding noise).
    let h = conv(6, 2, 5, false).apply(input) as tf.SymbolicTensor;
    h = tf.layers.batchNormalization().apply(h) as tf.SymbolicTensor;
    h = tf.layers.reLU().apply(h) as tf.SymbolicTensor;
    const skip = conv(8, 1, 6).apply(h) as tf.SymbolicTensor;
    let deep = tf.layers.maxPooling2d({ poolSize: 2 }).apply(skip) as tf.SymbolicTensor;
    deep = tf.layers.conv2d({ filters: 8, kernelSize: 3, padding: 'valid', activation: 'relu', kernelInitializer: tf.initializers.heNormal({ seed: 7 }) }).apply(deep) as tf.SymbolicTensor;
    deep = tf.layers.zeroPadding2d({ padding: 1 }).apply(deep) as tf.SymbolicTensor;
    // Bilinear: the cpu backend's nearest-neighbour resize gradient is wrong for batches above 1
    // (see pooling-upsampling-grad.test.ts), so the two backends could not agree on it.
    deep = tf.layers.upSampling2d({ size: [2, 2], interpolation: 'bilinear' }).apply(deep) as tf.SymbolicTensor;
    const merged = tf.layers.concatenate().apply([skip, deep]) as tf.SymbolicTensor;
    const heat = tf.layers.conv2d({ filters: 1, kernelSize: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: 8 }) }).apply(merged) as tf.SymbolicTensor;
    return tf.model({ inputs: input, outputs: heat });
  };
  const images = seededValues(4 * 12 * 12 * 3, 9);
  // Target: a bright 2x2 patch at a fixed cell of the 6x6 output grid.
  const target = new Float32Array(4 * 6 * 6);
  for (let n = 0; n < 4; n++) target[n * 36 + 2 * 6 + 3] = 1;
  const x = () => tf.tensor4d(images, [4, 12, 12, 3]);
  const y = () => tf.tensor4d(target, [4, 6, 6, 1]);
  const loss = (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.metrics.binaryCrossentropy(yTrue, yPred);
  // Plain SGD here: Adam divides by the root of tiny second moments, which turns rounding-level
  // differences between backends (batch-norm statistics) into step-sized ones.
  const sgd = () => tf.train.sgd(0.1);
  const wasm = await train('wasm', sgd, build, x, y, loss);
  const cpu = await train('cpu', sgd, build, x, y, loss);
  expectLearnedAlike(wasm, cpu);
});
