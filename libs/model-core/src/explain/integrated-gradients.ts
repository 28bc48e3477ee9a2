// Integrated gradients (Sundararajan, Taly and Yan 2017, "Axiomatic Attribution for Deep
// Networks"): attribution_i = (x_i - x'_i) * integral over a in [0, 1] of dF/dx_i at
// x' + a (x - x'), the integral taken by the trapezoidal rule over m steps. Completeness says the
// attributions sum to F(x) - F(x'); the gap between the two measures the integration error (and
// is exactly zero, up to float rounding, for a linear model), so every result reports it.
import { tf } from '../tf';
import { asModelFunction, type Explainable, type ModelFunction, scoreOf } from './model-function';

export interface IntegratedGradientsOptions {
  /** x', same shape as the input; zeros by default. Choose a meaningful "neutral" input. */
  baseline?: number[] | tf.Tensor;
  /** m: trapezoid intervals (m + 1 gradient evaluations); 50 by default. */
  steps?: number;
  /** Output column to explain, for models with several outputs per row. */
  target?: number;
  /** Interpolation points per backward pass (memory against speed); 64 by default. */
  batchSize?: number;
}

export interface IntegratedGradientsResult {
  /** One attribution per input element, flattened in row-major order. */
  attributions: number[];
  /** F(x) */
  prediction: number;
  /** F(x') */
  baselinePrediction: number;
  /** Sum of the attributions. */
  attributionSum: number;
  /** |sum - (F(x) - F(x'))|: the completeness check. */
  completenessGap: number;
  /** The gap relative to |F(x) - F(x')| (Infinity when the two predictions coincide and the gap is not 0). */
  relativeGap: number;
}

function toInputTensor(input: number[] | tf.Tensor): tf.Tensor {
  return input instanceof tf.Tensor ? input : tf.tensor1d(input);
}

/**
 * Integrated gradients of one example. `input` has no batch axis (a feature vector, a [T, D]
 * embedding matrix, an image); the model receives batches of it.
 */
export function integratedGradients(
  model: Explainable,
  input: number[] | tf.Tensor,
  options: IntegratedGradientsOptions = {},
): IntegratedGradientsResult {
  return integratedGradientsOfFunction(asModelFunction(model), input, options);
}

function integratedGradientsOfFunction(
  run: ModelFunction,
  input: number[] | tf.Tensor,
  options: IntegratedGradientsOptions,
): IntegratedGradientsResult {
  const steps = options.steps ?? 50;
  const batchSize = options.batchSize ?? 64;
  if (!(Number.isInteger(steps) && steps >= 1)) throw new RangeError(`steps must be a positive integer; got ${steps}.`);

  const x = toInputTensor(input);
  const baseline = options.baseline === undefined ? tf.zerosLike(x) : toInputTensor(options.baseline);
  if (baseline.shape.join() !== x.shape.join()) {
    throw new RangeError(`The baseline's shape [${baseline.shape}] differs from the input's [${x.shape}].`);
  }
  const score = (batch: tf.Tensor): tf.Tensor1D => scoreOf(run(batch), options.target);

  const { attributions, prediction, baselinePrediction } = tf.tidy(() => {
    const difference = tf.sub(x, baseline);
    const gradientOfSum = tf.grad((points: tf.Tensor) => tf.sum(score(points)));
    // Trapezoid weights: 1/(2m) at both ends, 1/m inside.
    let weightedSum: tf.Tensor = tf.zerosLike(x);
    for (let start = 0; start <= steps; start += batchSize) {
      const alphas = Array.from({ length: Math.min(batchSize, steps + 1 - start) }, (_, offset) => (start + offset) / steps);
      const weights = alphas.map((_, offset) => {
        const k = start + offset;
        return (k === 0 || k === steps ? 0.5 : 1) / steps;
      });
      const chunk = tf.tidy(() => {
        const broadcastShape = [alphas.length, ...x.shape.map(() => 1)];
        const alpha = tf.reshape(tf.tensor1d(alphas), broadcastShape);
        const points = tf.add(tf.expandDims(baseline, 0), tf.mul(alpha, tf.expandDims(difference, 0)));
        const gradients = gradientOfSum(points);
        return tf.sum(tf.mul(gradients, tf.reshape(tf.tensor1d(weights), broadcastShape)), 0);
      });
      const next = tf.add(weightedSum, chunk);
      tf.dispose([weightedSum, chunk]);
      weightedSum = next;
    }
    const endpoints = score(tf.stack([x, baseline]));
    return {
      attributions: tf.mul(difference, weightedSum),
      prediction: tf.slice(endpoints, [0], [1]),
      baselinePrediction: tf.slice(endpoints, [1], [1]),
    };
  });

  const values = Array.from(attributions.dataSync());
  const f = prediction.dataSync()[0];
  const f0 = baselinePrediction.dataSync()[0];
  tf.dispose([attributions, prediction, baselinePrediction]);
  if (!(input instanceof tf.Tensor)) x.dispose();
  if (!(options.baseline instanceof tf.Tensor)) baseline.dispose();

  const attributionSum = values.reduce((sum, value) => sum + value, 0);
  const completenessGap = Math.abs(attributionSum - (f - f0));
  const scale = Math.abs(f - f0);
  return {
    attributions: values,
    prediction: f,
    baselinePrediction: f0,
    attributionSum,
    completenessGap,
    relativeGap: scale > 0 ? completenessGap / scale : completenessGap === 0 ? 0 : Infinity,
  };
}

export interface FeatureAttribution {
  feature: string;
  index: number;
  value: number;
  baseline: number;
  attribution: number;
}

export interface TabularAttributions extends IntegratedGradientsResult {
  /** Per feature, in input order. */
  features: FeatureAttribution[];
}

/** Integrated gradients of one tabular row, with the features named. */
export function tabularIntegratedGradients(
  model: Explainable,
  row: number[],
  options: Omit<IntegratedGradientsOptions, 'baseline'> & { baseline?: number[]; featureNames?: string[] } = {},
): TabularAttributions {
  const baseline = options.baseline ?? row.map(() => 0);
  if (baseline.length !== row.length) throw new RangeError('The baseline must have one value per feature.');
  if (options.featureNames && options.featureNames.length !== row.length) {
    throw new RangeError('featureNames must have one name per feature.');
  }
  const result = integratedGradients(model, row, { ...options, baseline });
  return {
    ...result,
    features: row.map((value, index) => ({
      feature: options.featureNames?.[index] ?? `x${index}`,
      index,
      value,
      baseline: baseline[index],
      attribution: result.attributions[index],
    })),
  };
}

export { integratedGradientsOfFunction };
