// DP-SGD (Abadi et al. 2016, "Deep Learning with Differential Privacy"): clip every example's
// gradient to L2 norm C, sum, add Gaussian noise N(0, (sigma C)^2) to every coordinate of the sum,
// divide by the expected batch size, and let any optimizer apply the result. Dividing by the
// expected size (q * n for Poisson sampling), not the realised one, keeps the sensitivity of the
// average at C / (q n) whatever the batch turned out to be, which is what the accountant assumes.
import { tf } from '../tf';
import {
  type ClippedGradientSum,
  type ClippingStrategy,
  clippedGradientSumByLoop,
  clippedGradientSumDenseVectorized,
  type PerExampleLoss,
  supportsDenseVectorizedClipping,
  trainableVariables,
} from './clipped-gradients';
import { createStandardNormal, createUniform, gaussianArray } from './random-sources';

export interface DpSgdStepOptions {
  /** Per-example losses, e.g. (y, p) => tf.metrics.binaryCrossentropy(y, p). */
  lossFn: PerExampleLoss;
  optimizer: tf.Optimizer;
  /** C: the L2 bound on each example's gradient. */
  l2NormClip: number;
  /** sigma: noise standard deviation as a multiple of C. */
  noiseMultiplier: number;
  /** The divisor of the noisy sum: q * n under Poisson sampling, the batch size otherwise. */
  expectedBatchSize: number;
  /** 'auto' (default) takes 'dense-vectorized' where the model allows it, else 'loop'. */
  strategy?: ClippingStrategy | 'auto';
  /** Seeds the noise: reproducible, and therefore not private. Omit for cryptographic noise. */
  seed?: number;
}

export interface DpSgdStepResult {
  batchSize: number;
  /** Mean per-example loss before the update (0 for an empty batch). */
  meanLoss: number;
  /** Share of the batch whose gradient norm exceeded C: near 1 means C clips hard. */
  clippedFraction: number;
  /** Mean per-example gradient norm before clipping (guides the choice of C). */
  meanGradientNorm: number;
}

export interface DpSgdStep {
  (x: tf.Tensor, y: tf.Tensor): DpSgdStepResult;
  readonly strategy: ClippingStrategy;
}

function checkStepOptions(options: DpSgdStepOptions): void {
  if (!(options.l2NormClip > 0)) throw new RangeError(`l2NormClip must be > 0; got ${options.l2NormClip}.`);
  if (!(options.noiseMultiplier >= 0)) {
    throw new RangeError(`noiseMultiplier must be >= 0; got ${options.noiseMultiplier}.`);
  }
  if (!(options.expectedBatchSize > 0)) {
    throw new RangeError(`expectedBatchSize must be > 0; got ${options.expectedBatchSize}.`);
  }
}

/** Picks the clipping path for a model: the vectorized one where it is exact, the loop elsewhere. */
export function chooseClippingStrategy(model: tf.LayersModel, requested: ClippingStrategy | 'auto' = 'auto'): ClippingStrategy {
  const vectorizable = supportsDenseVectorizedClipping(model);
  if (requested === 'dense-vectorized' && !vectorizable) {
    throw new Error('dense-vectorized clipping needs a tf.Sequential of Dense layers over rank-2 inputs.');
  }
  if (requested === 'auto') return vectorizable ? 'dense-vectorized' : 'loop';
  return requested;
}

/** A DP-SGD step bound to one model: call it with each batch (its rows are the sampled examples). */
export function createDpSgdStep(model: tf.LayersModel, options: DpSgdStepOptions): DpSgdStep {
  checkStepOptions(options);
  const strategy = chooseClippingStrategy(model, options.strategy);
  const variables = trainableVariables(model);
  const normal = createStandardNormal(createUniform(options.seed));
  const noiseStdDev = options.noiseMultiplier * options.l2NormClip;
  const clippedSum = strategy === 'loop' ? clippedGradientSumByLoop : clippedGradientSumDenseVectorized;

  const step = (x: tf.Tensor, y: tf.Tensor): DpSgdStepResult => {
    const batchSize = x.shape[0];
    const clipped: ClippedGradientSum =
      batchSize > 0
        ? clippedSum(model, variables, x, y, options.lossFn, options.l2NormClip)
        : { sums: variables.map((variable) => tf.zerosLike(variable)), lossSum: tf.scalar(0), norms: tf.tensor1d([]) };
    const [clippedCount, normSum] = tf.tidy(() => [
      tf.sum(tf.cast(tf.greater(clipped.norms, tf.scalar(options.l2NormClip)), 'float32')),
      tf.sum(clipped.norms),
    ]);
    const stats = [clipped.lossSum, clippedCount, normSum].map((tensor) => tensor.dataSync()[0]);

    const noisyMeans = tf.tidy(() =>
      variables.map((variable, position) => {
        const noise = tf.tensor(gaussianArray(variable.size, noiseStdDev, normal), variable.shape, 'float32');
        return {
          name: variable.name,
          tensor: tf.div(tf.add(clipped.sums[position], noise), tf.scalar(options.expectedBatchSize)),
        };
      }),
    );
    options.optimizer.applyGradients(noisyMeans);
    tf.dispose([...clipped.sums, clipped.lossSum, clipped.norms, clippedCount, normSum, ...noisyMeans.map((entry) => entry.tensor)]);

    return {
      batchSize,
      meanLoss: batchSize > 0 ? stats[0] / batchSize : 0,
      clippedFraction: batchSize > 0 ? stats[1] / batchSize : 0,
      meanGradientNorm: batchSize > 0 ? stats[2] / batchSize : 0,
    };
  };
  return Object.assign(step, { strategy });
}
