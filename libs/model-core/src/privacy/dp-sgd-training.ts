// A DP-SGD training run with its privacy ledger: samples each step's batch, takes the DP-SGD step,
// and composes the sampled Gaussian mechanism into an RDP accountant, so every progress event can
// say what (epsilon, delta) has been spent so far.
import { tf } from '../tf';
import { type BatchSampling, poissonSample, shuffledBatches } from './batch-sampling';
import type { ClippingStrategy, PerExampleLoss } from './clipped-gradients';
import { createDpSgdStep } from './dp-sgd';
import { createUniform } from './random-sources';
import { RdpAccountant, dpSgdSteps } from './rdp-accountant';
import type { RdpConversion } from './rdp-conversion';

export interface DpSgdTrainingOptions {
  x: tf.Tensor;
  y: tf.Tensor;
  lossFn: PerExampleLoss;
  optimizer: tf.Optimizer;
  l2NormClip: number;
  noiseMultiplier: number;
  /** Expected batch size B; the sampling rate is q = B / n. */
  batchSize: number;
  epochs: number;
  /** The delta of the reported guarantee; keep it well below 1 / n. */
  delta: number;
  /** 'poisson' (default; what the accountant assumes) or 'shuffle' (fixed-size batches). */
  sampling?: BatchSampling;
  strategy?: ClippingStrategy | 'auto';
  conversion?: RdpConversion;
  /** Seeds sampling and noise: reproducible, and therefore not private. */
  seed?: number;
  /** Called after every step. */
  onStep?: (progress: DpSgdProgress) => void;
  signal?: AbortSignal;
}

export interface DpSgdProgress {
  step: number;
  steps: number;
  batchSize: number;
  meanLoss: number;
  clippedFraction: number;
  meanGradientNorm: number;
  /** Epsilon spent so far at the run's delta. */
  epsilon: number;
}

export interface DpSgdTrainingResult {
  steps: number;
  epsilon: number;
  delta: number;
  optimalOrder: number;
  /** Epsilon by the classic RDP conversion, for comparison with older published figures. */
  epsilonClassic: number;
  samplingRate: number;
  noiseMultiplier: number;
  sampling: BatchSampling;
  strategy: ClippingStrategy;
  /** Mean loss of each epoch's steps (an epoch is ceil(n / B) steps). */
  epochLosses: number[];
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function trainDpSgd(model: tf.LayersModel, options: DpSgdTrainingOptions): Promise<DpSgdTrainingResult> {
  const count = options.x.shape[0];
  if (count === 0) throw new RangeError('DP-SGD needs at least one example.');
  if (options.y.shape[0] !== count) throw new RangeError('x and y must have the same number of rows.');
  const sampling = options.sampling ?? 'poisson';
  const q = Math.min(1, options.batchSize / count);
  const steps = dpSgdSteps(count, options.batchSize, options.epochs);
  const stepsPerEpoch = Math.ceil(count / options.batchSize);
  // One source for sampling; the noise has its own (derived) seed so the two streams never align.
  const uniform = createUniform(options.seed);
  const step = createDpSgdStep(model, {
    lossFn: options.lossFn,
    optimizer: options.optimizer,
    l2NormClip: options.l2NormClip,
    noiseMultiplier: options.noiseMultiplier,
    expectedBatchSize: sampling === 'poisson' ? q * count : options.batchSize,
    strategy: options.strategy,
    seed: options.seed === undefined ? undefined : options.seed ^ 0x5bd1e995,
  });
  const accountant = new RdpAccountant();
  const epochLosses: number[] = [];
  let pendingBatches: number[][] = [];
  let lossTotal = 0;
  let lossSteps = 0;

  for (let stepIndex = 0; stepIndex < steps; stepIndex += 1) {
    if (options.signal?.aborted) throw options.signal.reason ?? new Error('DP-SGD training was aborted.');
    let indices: number[];
    if (sampling === 'poisson') {
      indices = poissonSample(count, q, uniform);
    } else {
      if (pendingBatches.length === 0) pendingBatches = shuffledBatches(count, options.batchSize, uniform);
      indices = pendingBatches.shift() ?? [];
    }
    const [xBatch, yBatch] = tf.tidy(() => {
      const picked = tf.tensor1d(indices, 'int32');
      return [tf.gather(options.x, picked), tf.gather(options.y, picked)];
    });
    const result = step(xBatch, yBatch);
    tf.dispose([xBatch, yBatch]);
    accountant.compose(q, options.noiseMultiplier, 1);
    lossTotal += result.meanLoss;
    lossSteps += 1;
    options.onStep?.({
      step: stepIndex + 1,
      steps,
      ...result,
      epsilon: accountant.getEpsilon(options.delta, options.conversion),
    });
    if ((stepIndex + 1) % stepsPerEpoch === 0 || stepIndex + 1 === steps) {
      epochLosses.push(lossTotal / lossSteps);
      lossTotal = 0;
      lossSteps = 0;
      await yieldToEventLoop();
    }
  }
  const spent = accountant.getPrivacySpent(options.delta, options.conversion);
  return {
    steps,
    epsilon: spent.epsilon,
    delta: spent.delta,
    optimalOrder: spent.optimalOrder,
    epsilonClassic: spent.epsilonClassic,
    samplingRate: q,
    noiseMultiplier: options.noiseMultiplier,
    sampling,
    strategy: step.strategy,
    epochLosses,
  };
}
