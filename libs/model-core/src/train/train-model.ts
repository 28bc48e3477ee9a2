import { createSeededRandom } from '../seeded-random';
import { tf } from '../tf';
import { TrainingCancelledError } from './abort';
import { releaseAbandonedTape } from './abandoned-tape';
import { batchRanges, epochOrder, exampleCount, gatherRows, sliceRows } from './batching';
import { sampleWeightsFromClassWeights } from './class-weights';
import { EarlyStopping } from './early-stopping';
import { clipByGlobalNorm } from './gradient-clipping';
import { learningRateAt, validateSchedule, type LearningRateSchedule } from './learning-rate';
import { resolveLoss, type LossFunction } from './losses';
import { createOptimizer, learningRateOf, setLearningRate } from './optimizers';
import { TrainingProgressEvent, type TrainingEvent } from './progress';
import { resolveMetric, type TrainingMetric } from './training-metrics';
import type { EpochLogs, TrainingData, TrainingResult, TrainingSet, TrainModelOptions } from './types';
import { yieldToEventLoop } from './yield-to-event-loop';

const DEFAULT_OPTIMIZER = { name: 'adam', learningRate: 1e-3 } as const;

function isOptimizer(value: unknown): value is tf.Optimizer {
  return typeof (value as tf.Optimizer | undefined)?.applyGradients === 'function';
}

/** Per-example weights (class weights times sample weights) as one tensor, or null when uniform. */
function exampleWeights(set: TrainingSet, options: TrainModelOptions, count: number): tf.Tensor1D | null {
  if (!options.classWeights && !set.sampleWeight) return null;
  const weights = new Float32Array(count).fill(1);
  if (options.classWeights) {
    if (Array.isArray(set.y)) throw new Error('classWeights need a single label tensor');
    weights.set(sampleWeightsFromClassWeights(set.y as tf.Tensor, options.classWeights));
  }
  if (set.sampleWeight) {
    if (set.sampleWeight.length !== count) throw new Error(`sampleWeight has ${set.sampleWeight.length} entries for ${count} examples`);
    for (let index = 0; index < count; index += 1) weights[index] *= set.sampleWeight[index];
  }
  return tf.tensor1d(weights, 'float32');
}

/** The batch loss as a scalar: mean of weight * loss over the batch (Keras' sum_over_batch_size). */
function reduceBatchLoss(perExample: tf.Tensor, weights: tf.Tensor | null): tf.Scalar {
  if (perExample.rank === 0) {
    if (weights) throw new Error('Class or sample weights need a loss that returns one value per example');
    return perExample as tf.Scalar;
  }
  if (perExample.rank !== 1) throw new Error(`A loss must return a scalar or one value per example, got shape [${perExample.shape}]`);
  return tf.mean(weights ? tf.mul(perExample, weights) : perExample) as tf.Scalar;
}

function keepAll(tensors: tf.Tensor | tf.Tensor[]): tf.Tensor | tf.Tensor[] {
  if (Array.isArray(tensors)) return tensors.map((tensor) => tf.keep(tensor));
  return tf.keep(tensors);
}

function disposeAll(...items: (tf.Tensor | tf.Tensor[] | tf.NamedTensorMap | null | undefined)[]): void {
  for (const item of items) {
    if (!item) continue;
    if (item instanceof tf.Tensor || Array.isArray(item)) tf.dispose(item);
    else tf.dispose(Object.values(item));
  }
}

/** Mean loss and metrics over a set in order, with training=false (dropout off, batch-norm frozen). */
async function evaluateSet(
  model: tf.LayersModel,
  set: TrainingSet,
  loss: LossFunction,
  metrics: TrainingMetric[],
  batchSize: number,
): Promise<{ loss: number; metrics: Record<string, number> }> {
  const count = exampleCount(set.x, set.y);
  const sums = new Float64Array(1 + metrics.length);
  for (const [start, end] of batchRanges(count, batchSize)) {
    const totals = tf.tidy(() => {
      const x = sliceRows(set.x, start, end);
      const y = sliceRows(set.y, start, end);
      const output = model.apply(x, { training: false }) as tf.Tensor | tf.Tensor[];
      const perExample = loss(y, output);
      // A batch-level (scalar) loss is weighted by the batch size so the mean is per example.
      const lossSum = perExample.rank === 0 ? tf.mul(perExample, end - start) : tf.sum(perExample);
      return tf.stack([lossSum, ...metrics.map((metric) => tf.sum(metric.perExample(y, output)))]);
    });
    const values = await totals.data();
    totals.dispose();
    values.forEach((value, index) => (sums[index] += value));
  }
  const named: Record<string, number> = {};
  metrics.forEach((metric, index) => (named[metric.name] = sums[index + 1] / count));
  return { loss: sums[0] / count, metrics: named };
}

interface StepInputs {
  model: tf.LayersModel;
  train: TrainingSet;
  indices: tf.Tensor1D;
  weights: tf.Tensor1D | null;
  loss: LossFunction;
  metrics: TrainingMetric[];
  variables: tf.Variable[];
  optimizer: tf.Optimizer;
  clipNorm: number | undefined;
}

/**
 * One update on the rows `indices`. Returns [loss, gradient norm (0 without clipping), metric sums]
 * as one tensor, so a single read brings every number back; everything else it made is freed, also
 * when the loss or an op throws.
 */
function trainStep(step: StepInputs): tf.Tensor1D {
  const { model, loss, metrics } = step;
  const x = gatherRows(step.train.x, step.indices);
  const y = gatherRows(step.train.y, step.indices);
  const batchWeights = step.weights ? tf.gather(step.weights, step.indices) : null;
  let output: tf.Tensor | tf.Tensor[] | null = null;
  let computed: { value: tf.Scalar; grads: tf.NamedTensorMap } | null = null;
  let gradientNorm: tf.Scalar | null = null;
  try {
    computed = tf.variableGrads(() => {
      const predicted = model.apply(x, { training: true }) as tf.Tensor | tf.Tensor[];
      // Kept past the gradient scope so the training metrics read the same forward pass.
      if (metrics.length > 0) output = keepAll(predicted);
      const batchLoss = reduceBatchLoss(loss(y, predicted), batchWeights);
      const regularization = model.calculateLosses();
      return regularization.length > 0 ? tf.add(batchLoss, tf.addN(regularization)) : batchLoss;
    }, step.variables);
    if (step.clipNorm !== undefined) {
      const { clipped, norm } = clipByGlobalNorm(computed.grads, step.clipNorm);
      gradientNorm = norm;
      try {
        step.optimizer.applyGradients(clipped);
      } finally {
        disposeAll(clipped);
      }
    } else {
      step.optimizer.applyGradients(computed.grads);
    }
    const { value } = computed;
    const kept = output as tf.Tensor | tf.Tensor[] | null;
    return tf.tidy(() =>
      tf.stack([
        value,
        gradientNorm ?? tf.scalar(0),
        ...metrics.map((metric) => tf.sum(metric.perExample(y, kept as tf.Tensor | tf.Tensor[]))),
      ]) as tf.Tensor1D,
    );
  } catch (error) {
    if (computed === null) releaseAbandonedTape();
    throw error;
  } finally {
    const result = computed as { value: tf.Scalar; grads: tf.NamedTensorMap } | null;
    disposeAll(x, y, batchWeights, result?.value, result?.grads, gradientNorm, output);
  }
}

/**
 * Trains a tfjs layers model with a custom loop (tf.variableGrads + optimizer.applyGradients rather
 * than model.fit), so that clipping, class weights, cancellation and per-step progress are exact.
 *
 * Resolves with the history when all epochs ran or early stopping ended the run. When `signal`
 * aborts, the loop stops between two batches, frees every tensor it made and rejects with a
 * TrainingCancelledError (name 'AbortError'); the model keeps the weights of the last finished step.
 */
export async function trainModel(
  model: tf.LayersModel,
  data: TrainingData,
  options: TrainModelOptions,
): Promise<TrainingResult> {
  const { train, validation } = data;
  const epochs = options.epochs;
  const batchSize = options.batchSize ?? 32;
  if (!Number.isInteger(epochs) || epochs < 1) throw new Error(`epochs must be a positive integer, got ${epochs}`);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batchSize must be a positive integer, got ${batchSize}`);
  if (options.signal?.aborted) throw new TrainingCancelledError([], 0, options.signal.reason);
  const schedule: LearningRateSchedule = options.learningRateSchedule ?? { kind: 'constant' };
  validateSchedule(schedule);

  const count = exampleCount(train.x, train.y);
  if (count === 0) throw new Error('The training set is empty');
  if (validation) exampleCount(validation.x, validation.y);
  const loss = resolveLoss(options.loss);
  const metrics = (options.metrics ?? []).map(resolveMetric);
  const stepsPerEpoch = Math.ceil(count / batchSize);
  const totalSteps = epochs * stepsPerEpoch;
  const stepEventInterval = Math.max(1, options.stepEventInterval ?? 1);
  const yieldIntervalMs = options.yieldIntervalMs ?? 15;
  const random = createSeededRandom(options.seed ?? 0);
  const shuffle = options.shuffle ?? true;
  const backend = tf.getBackend();

  const ownsOptimizer = !isOptimizer(options.optimizer);
  const optimizer = isOptimizer(options.optimizer) ? options.optimizer : createOptimizer(options.optimizer ?? DEFAULT_OPTIMIZER);
  const baseRate = learningRateOf(optimizer);
  const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  if (variables.length === 0) throw new Error('The model has no trainable weights');
  const weights = exampleWeights(train, options, count);
  const stopper = options.earlyStopping ? new EarlyStopping(options.earlyStopping, validation !== undefined) : null;

  const emit = (event: TrainingEvent) => {
    options.onProgress?.(event);
    options.events?.dispatchEvent(new TrainingProgressEvent(event));
  };
  const history: EpochLogs[] = [];
  const started = performance.now();
  let trainingMs = 0;
  let trainedExamples = 0;
  let steps = 0;
  let currentRate = baseRate;
  let lastYield = performance.now();
  let status: TrainingResult['status'] = 'completed';
  const elapsedSeconds = () => (performance.now() - started) / 1000;
  const etaSeconds = () => (steps === 0 ? null : (elapsedSeconds() / steps) * (totalSteps - steps));

  const cancelIfAborted = () => {
    if (!options.signal?.aborted) return;
    emit({
      type: 'end', status: 'cancelled', epochsRun: history.length, steps, totalSteps, bestEpoch: stopper?.bestEpoch ?? null,
      restoredBestWeights: false, elapsedSeconds: elapsedSeconds(), samplesPerSecond: (trainedExamples * 1000) / Math.max(trainingMs, 1e-6),
    });
    throw new TrainingCancelledError(history, steps, options.signal.reason);
  };

  try {
    emit({ type: 'start', epochs, stepsPerEpoch, totalSteps, examples: count, batchSize, backend });
    for (let epochIndex = 0; epochIndex < epochs; epochIndex += 1) {
      const epochStarted = performance.now();
      let epochTrainingMs = 0;
      const order = epochOrder(count, random, shuffle);
      const sums = new Float64Array(1 + metrics.length);
      let seen = 0;
      const ranges = batchRanges(count, batchSize);
      for (let batchIndex = 0; batchIndex < ranges.length; batchIndex += 1) {
        cancelIfAborted();
        const [start, end] = ranges[batchIndex];
        const stepStarted = performance.now();
        const rate = learningRateAt(baseRate, schedule, { step: steps, epochIndex, totalSteps });
        if (rate !== currentRate) {
          setLearningRate(optimizer, rate);
          currentRate = rate;
        }
        const indices = tf.tensor1d(order.subarray(start, end), 'int32');
        let values: Float32Array | Int32Array | Uint8Array;
        try {
          const readings = trainStep({ model, train, indices, weights, loss, metrics, variables, optimizer, clipNorm: options.clipNorm });
          values = await readings.data();
          readings.dispose();
        } finally {
          indices.dispose();
        }

        const batchCount = end - start;
        steps += 1;
        seen += batchCount;
        trainedExamples += batchCount;
        sums[0] += values[0] * batchCount;
        metrics.forEach((_, index) => (sums[index + 1] += values[index + 2]));
        const stepMs = performance.now() - stepStarted;
        epochTrainingMs += stepMs;
        trainingMs += stepMs;
        if (!Number.isFinite(values[0])) throw new Error(`The loss became ${values[0]} at step ${steps}; lower the learning rate or clip gradients`);

        const lastOfEpoch = batchIndex === ranges.length - 1;
        if (steps % stepEventInterval === 0 || lastOfEpoch) {
          const running: Record<string, number> = {};
          metrics.forEach((metric, index) => (running[metric.name] = sums[index + 1] / seen));
          emit({
            type: 'step', epoch: epochIndex + 1, epochs, step: steps, totalSteps, stepInEpoch: batchIndex + 1, stepsPerEpoch,
            loss: sums[0] / seen, batchLoss: values[0], metrics: running, learningRate: rate,
            ...(options.clipNorm !== undefined ? { gradientNorm: values[1] } : {}),
            samplesPerSecond: (seen * 1000) / Math.max(epochTrainingMs, 1e-6), etaSeconds: etaSeconds(), elapsedSeconds: elapsedSeconds(),
          });
        }
        if (performance.now() - lastYield >= yieldIntervalMs) {
          await yieldToEventLoop();
          lastYield = performance.now();
        }
      }
      cancelIfAborted();

      const logs: Record<string, number> = { loss: sums[0] / count };
      metrics.forEach((metric, index) => (logs[metric.name] = sums[index + 1] / count));
      if (validation) {
        const evaluated = await evaluateSet(model, validation, loss, metrics, batchSize);
        logs.val_loss = evaluated.loss;
        for (const [name, value] of Object.entries(evaluated.metrics)) logs[`val_${name}`] = value;
      }
      const verdict = stopper?.update(epochIndex + 1, logs, model);
      const { loss: epochLoss, ...epochMetrics } = logs;
      const entry: EpochLogs = {
        epoch: epochIndex + 1, loss: epochLoss, metrics: epochMetrics, learningRate: currentRate,
        seconds: (performance.now() - epochStarted) / 1000, samplesPerSecond: (count * 1000) / Math.max(epochTrainingMs, 1e-6),
      };
      history.push(entry);
      emit({
        type: 'epoch', epoch: entry.epoch, epochs, step: steps, totalSteps, loss: entry.loss, metrics: entry.metrics,
        learningRate: currentRate, samplesPerSecond: entry.samplesPerSecond, etaSeconds: etaSeconds(), elapsedSeconds: elapsedSeconds(),
        ...(verdict ? { improved: verdict.improved } : {}),
      });
      if (verdict?.stop) {
        status = 'early-stopped';
        break;
      }
    }

    const restored = stopper?.restore(model, history.length) ?? false;
    const result: TrainingResult = {
      status, history, bestEpoch: stopper?.bestEpoch ?? null, restoredBestWeights: restored, steps,
      seconds: elapsedSeconds(), samplesPerSecond: (trainedExamples * 1000) / Math.max(trainingMs, 1e-6), backend,
    };
    emit({
      type: 'end', status, epochsRun: history.length, steps, totalSteps, bestEpoch: result.bestEpoch, restoredBestWeights: restored,
      elapsedSeconds: result.seconds, samplesPerSecond: result.samplesPerSecond,
    });
    return result;
  } finally {
    stopper?.disposeWeights();
    weights?.dispose();
    if (ownsOptimizer) optimizer.dispose();
    else if (currentRate !== baseRate) setLearningRate(optimizer, baseRate);
  }
}
