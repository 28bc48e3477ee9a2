// The five standard workloads of the model-core benchmark, on synthetic data of the shapes the apps
// train on, built with the library's own model builders and training loop where they exist.
import { buildDetector, buildMatrixFactorization, buildTabularMlp, buildTextClassifier } from '../src/models';
import { createDpSgdStep } from '../src/privacy';
import { createSeededRandom } from '../src/seeded-random';
import { tf } from '../src/tf';
import { resolveLoss, trainModel, type LossFunction, type LossName } from '../src/train';
import { batchThroughput, singleRowLatency, timed, type LatencyReport } from './measure';

export interface WorkloadResult {
  workload: string;
  /** How the training figure was measured (rows, batch, steps), printed under the table. */
  trainingSetup: string;
  trainSamplesPerSec?: number;
  /** Per-step time, for the workloads whose reference is per step (the detector). */
  trainStepMs?: number;
  /** CPU time of the process per step or per sample, comparable on a loaded machine. */
  trainCpuSamplesPerSec?: number;
  trainCpuStepMs?: number;
  /** The same steps without the training loop's bookkeeping (pre-sliced batches, optimizer.minimize). */
  stepOnlySamplesPerSec?: number;
  latency?: LatencyReport;
  batch1024RowsPerSec?: number;
  skipped?: string;
}

export interface RunOptions {
  backend: string;
  quick: boolean;
}

export interface Workload {
  name: string;
  run(options: RunOptions): Promise<WorkloadResult>;
}

const SEED = 20240611;

function normalMatrix(rows: number, columns: number, random: () => number): Float32Array {
  const values = new Float32Array(rows * columns);
  for (let i = 0; i < values.length; i += 2) {
    // Box-Muller: two standard normals from two uniforms.
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    values[i] = radius * Math.cos(angle);
    if (i + 1 < values.length) values[i + 1] = radius * Math.sin(angle);
  }
  return values;
}

/**
 * Adam steps on pre-sliced batches with optimizer.minimize: what the backend and the TensorFlow.js
 * engine cost per step, without the training loop's shuffling, batching and progress bookkeeping.
 */
async function stepOnly(
  model: tf.LayersModel,
  x: tf.Tensor | tf.Tensor[],
  y: tf.Tensor,
  loss: LossName | LossFunction,
  batchSize: number,
): Promise<number> {
  const lossFn = resolveLoss(loss);
  const rows = y.shape[0];
  const batches: { x: tf.Tensor | tf.Tensor[]; y: tf.Tensor }[] = [];
  for (let start = 0; start + batchSize <= rows; start += batchSize) {
    batches.push({
      x: Array.isArray(x) ? x.map((t) => t.slice(start, batchSize)) : x.slice(start, batchSize),
      y: y.slice(start, batchSize),
    });
  }
  const optimizer = tf.train.adam(1e-3);
  const step = (batch: (typeof batches)[number]) =>
    optimizer.minimize(() => tf.mean(lossFn(batch.y, model.apply(batch.x, { training: true }) as tf.Tensor)) as tf.Scalar);
  step(batches[0]);
  const { wallMs } = await timed(() => batches.forEach(step));
  optimizer.dispose();
  tf.dispose(batches.flatMap((batch) => [batch.y, ...(Array.isArray(batch.x) ? batch.x : [batch.x])]));
  return (batches.length * batchSize) / (wallMs / 1000);
}

/** Trains with the library's loop and returns throughput from wall time and from CPU time. */
async function trainWithLoop(
  model: tf.LayersModel,
  x: tf.Tensor | tf.Tensor[],
  y: tf.Tensor,
  loss: LossName | LossFunction,
  batchSize: number,
  epochs: number,
): Promise<{ samplesPerSec: number; cpuSamplesPerSec: number; steps: number; rows: number }> {
  const rows = y.shape[0];
  // Warm-up on one batch: XNNPACK packs weights and the JIT compiles on first use.
  const warmX = Array.isArray(x) ? x.map((t) => t.slice(0, batchSize)) : x.slice(0, batchSize);
  const warmY = y.slice(0, batchSize);
  await trainModel(model, { train: { x: warmX, y: warmY } }, { epochs: 1, batchSize, loss, seed: SEED, yieldIntervalMs: 1000 });
  tf.dispose([warmX, warmY]);
  const { wallMs, cpuMs, result } = await timed(() =>
    trainModel(model, { train: { x, y } }, { epochs, batchSize, loss, seed: SEED, yieldIntervalMs: 1000 }),
  );
  const samples = rows * epochs;
  return { samplesPerSec: samples / (wallMs / 1000), cpuSamplesPerSec: samples / (cpuMs / 1000), steps: result.steps, rows };
}

const creditMlp: Workload = {
  name: 'credit MLP 23-64-32-1',
  async run({ quick }) {
    const rows = 24_000; // 80% of 30k, as in the reference (W1: 24k rows, batch 256)
    const random = createSeededRandom(SEED);
    const features = normalMatrix(rows, 23, random);
    const labels = Float32Array.from({ length: rows }, (_, i) => (features[i * 23] + features[i * 23 + 5] + random() > 0.8 ? 1 : 0));
    const x = tf.tensor2d(features, [rows, 23]);
    const y = tf.tensor2d(labels, [rows, 1]);
    const bundle = buildTabularMlp({ numericFeatures: 23, hidden: [64, 32], target: { kind: 'binary' }, seed: SEED });
    const epochs = quick ? 1 : 3;
    const training = await trainWithLoop(bundle.model, x, y, bundle.loss, 256, epochs);
    const stepOnlySamplesPerSec = await stepOnly(bundle.model, x, y, bundle.loss, 256);
    const latency = singleRowLatency(bundle.model, () => tf.tensor2d(features.subarray(0, 23), [1, 23]), 10_000);
    const throughput = await batchThroughput(bundle.model, () => tf.tensor2d(features.subarray(0, 1024 * 23), [1024, 23]), 1024, 50);
    tf.dispose([x, y]);
    bundle.model.dispose();
    return {
      workload: this.name,
      trainingSetup: `${rows} rows x ${epochs} epochs, batch 256, adam, trainModel`,
      trainSamplesPerSec: training.samplesPerSec,
      trainCpuSamplesPerSec: training.cpuSamplesPerSec,
      stepOnlySamplesPerSec,
      latency,
      batch1024RowsPerSec: throughput,
    };
  },
};

const TEXT_TOKENS = 32;

const textEmbeddingBag: Workload = {
  name: 'text embedding bag 20k x 64, 150 classes',
  async run({ backend, quick }) {
    const vocabulary = 20_000;
    const random = createSeededRandom(SEED + 1);
    const bundle = buildTextClassifier({ vocabularySize: vocabulary, maxTokens: TEXT_TOKENS, classes: 150, embeddingDim: 64, variant: 'bag', seed: SEED });
    const makeIds = (rows: number) => {
      const ids = new Int32Array(rows * TEXT_TOKENS);
      for (let r = 0; r < rows; r++) {
        const length = 8 + Math.floor(random() * (TEXT_TOKENS - 8)); // word and n-gram ids, then padding (0)
        for (let t = 0; t < length; t++) ids[r * TEXT_TOKENS + t] = 1 + Math.floor(random() * (vocabulary - 1));
      }
      return ids;
    };
    let result: WorkloadResult = { workload: this.name, trainingSetup: '' };
    if (backend === 'cpu') {
      result.skipped =
        "training: the cpu backend's UnsortedSegmentSum loops over all 20k segments with tensor ops (over a minute per step)";
    } else {
      const rows = quick ? 5_120 : 15_360;
      const ids = tf.tensor2d(makeIds(rows), [rows, TEXT_TOKENS], 'int32');
      const labels = tf.tensor1d(Float32Array.from({ length: rows }, () => Math.floor(random() * 150)));
      const training = await trainWithLoop(bundle.model, ids, labels, bundle.loss, 256, 1);
      const stepOnlySamplesPerSec = await stepOnly(bundle.model, ids, labels, bundle.loss, 256);
      tf.dispose([ids, labels]);
      result = {
        ...result,
        trainingSetup: `${rows} rows of ${TEXT_TOKENS} ids, batch 256, adam, trainModel`,
        trainSamplesPerSec: training.samplesPerSec,
        trainCpuSamplesPerSec: training.cpuSamplesPerSec,
        stepOnlySamplesPerSec,
      };
    }
    const one = makeIds(1);
    const many = makeIds(1024);
    result.latency = singleRowLatency(bundle.model, () => tf.tensor2d(one, [1, TEXT_TOKENS], 'int32'), quick || backend === 'cpu' ? 2_000 : 10_000);
    result.batch1024RowsPerSec = await batchThroughput(bundle.model, () => tf.tensor2d(many, [1024, TEXT_TOKENS], 'int32'), 1024, backend === 'cpu' ? 3 : 20);
    bundle.model.dispose();
    return result;
  },
};

const matrixFactorization: Workload = {
  name: 'matrix factorization 943 x 1682, dim 32',
  async run({ backend, quick }) {
    const users = 943;
    const items = 1682;
    const random = createSeededRandom(SEED + 2);
    const bundle = buildMatrixFactorization({ users, items, factors: 32, globalMean: 3.5, seed: SEED });
    const ids = (count: number, max: number) => Int32Array.from({ length: count }, () => Math.floor(random() * max));
    let result: WorkloadResult = { workload: this.name, trainingSetup: '' };
    if (backend === 'cpu') {
      result.skipped = "training: the cpu backend's UnsortedSegmentSum loops over every user and item with tensor ops";
    } else {
      const rows = quick ? 40_960 : 102_400; // MovieLens 100k has 100,000 ratings
      const x = [tf.tensor2d(ids(rows, users), [rows, 1], 'int32'), tf.tensor2d(ids(rows, items), [rows, 1], 'int32')];
      const y = tf.tensor2d(Float32Array.from({ length: rows }, () => 1 + Math.floor(random() * 5)), [rows, 1]);
      const training = await trainWithLoop(bundle.model, x, y, bundle.loss, 1024, 1);
      const stepOnlySamplesPerSec = await stepOnly(bundle.model, x, y, bundle.loss, 1024);
      tf.dispose([...x, y]);
      result = {
        ...result,
        trainingSetup: `${rows} ratings, batch 1024, adam, trainModel`,
        trainSamplesPerSec: training.samplesPerSec,
        trainCpuSamplesPerSec: training.cpuSamplesPerSec,
        stepOnlySamplesPerSec,
      };
    }
    const one = [ids(1, users), ids(1, items)];
    const many = [ids(1024, users), ids(1024, items)];
    result.latency = singleRowLatency(bundle.model, () => one.map((v) => tf.tensor2d(v, [1, 1], 'int32')), quick ? 2_000 : 10_000);
    result.batch1024RowsPerSec = await batchThroughput(bundle.model, () => many.map((v) => tf.tensor2d(v, [1024, 1], 'int32')), 1024, 50);
    bundle.model.dispose();
    return result;
  },
};

/**
 * The reference's W3: four 3x3 stride-2 'same' convolutions with 16, 32, 64 and 128 channels and
 * ReLU on 128x128x3 images, here with a 1x1 CenterNet-style output (1 heat map + 2 size + 2 offset
 * channels) on the 8x8 grid and a sigmoid focal-style loss, trained with the library's loop.
 */
function buildConvStack(): tf.LayersModel {
  const random = createSeededRandom(SEED + 3);
  const seed = () => Math.floor(random() * 1e9);
  const model = tf.sequential();
  [16, 32, 64, 128].forEach((filters, index) => {
    model.add(
      tf.layers.conv2d({
        ...(index === 0 ? { inputShape: [128, 128, 3] } : {}),
        filters,
        kernelSize: 3,
        strides: 2,
        padding: 'same',
        activation: 'relu',
        kernelInitializer: tf.initializers.heNormal({ seed: seed() }),
      }),
    );
  });
  model.add(tf.layers.conv2d({ filters: 5, kernelSize: 1, kernelInitializer: tf.initializers.glorotUniform({ seed: seed() }) }));
  return model;
}

function heatmapLoss(yTrueIn: tf.Tensor | tf.Tensor[], yPredIn: tf.Tensor | tf.Tensor[]): tf.Tensor {
  const yTrue = Array.isArray(yTrueIn) ? yTrueIn[0] : yTrueIn;
  const yPred = Array.isArray(yPredIn) ? yPredIn[0] : yPredIn;
  return tf.tidy(() => {
    const probability = tf.clipByValue(tf.sigmoid(yPred), 1e-4, 1 - 1e-4);
    const positive = tf.mul(yTrue, tf.mul(tf.square(tf.sub(1, probability)), tf.log(probability)));
    const negative = tf.mul(tf.sub(1, yTrue), tf.mul(tf.square(probability), tf.log(tf.sub(1, probability))));
    return tf.neg(tf.mean(tf.add(positive, negative)));
  });
}

function detectorWorkload(name: string, build: () => { model: tf.LayersModel; loss: LossName | LossFunction; targets(count: number): tf.Tensor }): Workload {
  return {
    name,
    async run({ backend, quick }) {
      const { model, loss, targets } = build();
      const random = createSeededRandom(SEED + 4);
      const image = (count: number) => tf.tensor4d(Float32Array.from({ length: count * 128 * 128 * 3 }, () => random()), [count, 128, 128, 3]);
      let result: WorkloadResult = { workload: name, trainingSetup: '' };
      if (backend === 'cpu') {
        result.skipped = 'training: about 160 s per step on the cpu backend (reference table), too slow for this run';
      } else {
        const steps = quick ? 4 : 12;
        const x = image(16 * steps);
        const y = targets(16 * steps);
        const training = await trainWithLoop(model, x, y, loss, 16, 1);
        const stepOnlySamplesPerSec = await stepOnly(model, x, y, loss, 16);
        tf.dispose([x, y]);
        result = {
          ...result,
          trainingSetup: `${steps} steps of batch 16 at 128x128, adam, trainModel`,
          trainSamplesPerSec: training.samplesPerSec,
          trainStepMs: (16 / training.samplesPerSec) * 1000,
          trainCpuStepMs: (16 / training.cpuSamplesPerSec) * 1000,
          stepOnlySamplesPerSec,
        };
      }
      const predictions = backend === 'cpu' ? 5 : quick ? 50 : 300;
      result.latency = singleRowLatency(model, () => image(1), predictions);
      result.batch1024RowsPerSec = backend === 'cpu' ? undefined : await batchThroughput(model, () => image(64), 64, 2);
      model.dispose();
      return result;
    },
  };
}

const w3Detector = detectorWorkload('detector W3 conv stack 128x128 b16', () => {
  const model = buildConvStack();
  return {
    model,
    loss: heatmapLoss,
    targets: (count) => tf.tidy(() => tf.cast(tf.greater(tf.randomUniform([count, 8, 8, 5], 0, 1, 'float32', SEED), 0.97), 'float32')),
  };
});

const centerNetDetector = detectorWorkload('detector buildDetector 16-32-64-128 128x128 b16', () => {
  const detector = buildDetector({ inputHeight: 128, inputWidth: 128, classes: 1, stageWidths: [16, 32, 64, 128], convsPerStage: 1, seed: SEED });
  const random = createSeededRandom(SEED + 5);
  return {
    model: detector.model,
    loss: detector.loss,
    targets: (count) =>
      detector.encodeTargets(
        Array.from({ length: count }, () => {
          const x1 = Math.floor(random() * 96);
          const y1 = Math.floor(random() * 96);
          return [{ x1, y1, x2: x1 + 16 + Math.floor(random() * 16), y2: y1 + 16 + Math.floor(random() * 16), classId: 0 }];
        }),
      ),
  };
});

const dpSgdCreditMlp: Workload = {
  name: 'DP-SGD step, credit MLP',
  async run({ quick }) {
    const batch = 256;
    const random = createSeededRandom(SEED + 6);
    const model = tf.sequential({
      layers: [
        tf.layers.dense({ inputShape: [23], units: 64, activation: 'relu', kernelInitializer: tf.initializers.heNormal({ seed: 1 }) }),
        tf.layers.dense({ units: 32, activation: 'relu', kernelInitializer: tf.initializers.heNormal({ seed: 2 }) }),
        tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) }),
      ],
    });
    const optimizer = tf.train.sgd(0.1);
    const step = createDpSgdStep(model, {
      lossFn: (yTrue, yPred) => tf.metrics.binaryCrossentropy(yTrue, yPred),
      optimizer,
      l2NormClip: 1,
      noiseMultiplier: 1.1,
      expectedBatchSize: batch,
      seed: SEED,
    });
    const x = tf.tensor2d(normalMatrix(batch, 23, random), [batch, 23]);
    const y = tf.tensor2d(Float32Array.from({ length: batch }, () => (random() > 0.5 ? 1 : 0)), [batch, 1]);
    step(x, y);
    const steps = quick ? 10 : 40;
    const { wallMs, cpuMs } = await timed(() => {
      for (let i = 0; i < steps; i++) step(x, y);
    });
    tf.dispose([x, y]);
    optimizer.dispose();
    model.dispose();
    return {
      workload: this.name,
      trainingSetup: `${steps} steps of batch ${batch}, per-example clipping (${step.strategy}), noise 1.1, sgd`,
      trainSamplesPerSec: (batch * steps) / (wallMs / 1000),
      trainCpuSamplesPerSec: (batch * steps) / (cpuMs / 1000),
    };
  },
};

export const WORKLOADS: readonly Workload[] = [creditMlp, textEmbeddingBag, matrixFactorization, w3Detector, centerNetDetector, dpSgdCreditMlp];
