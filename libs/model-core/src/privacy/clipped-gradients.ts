// Per-example gradient clipping, the core of DP-SGD: each example's gradient (over all trainable
// variables together) is scaled to an L2 norm of at most C before the gradients are summed, so one
// example moves the sum by at most C. Two ways to get there:
//
// - 'loop': one tf.variableGrads per example. Works for any layers model and loss.
// - 'dense-vectorized': for sequential models made only of Dense layers, the whole batch at once.
//   A Dense layer's per-example kernel gradient is the outer product a_i (x) delta_i of its input
//   and the loss gradient at its pre-activation output, so its squared norm is
//   |a_i|^2 |delta_i|^2 (Goodfellow 2015, "Efficient Per-Example Gradient Computations"), and the
//   clipped sum is A^T diag(c) Delta with c_i = min(1, C / |g_i|) — no per-example gradient is
//   ever materialised. The deltas come from one backward pass, taken with respect to zero tensors
//   added to every pre-activation.
import { tf } from '../tf';

/** Per-example losses: a tensor whose first axis is the batch (summed within each example). */
export type PerExampleLoss = (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor;

export type ClippingStrategy = 'loop' | 'dense-vectorized';

export interface ClippedGradientSum {
  /** Sum over the batch of the clipped per-example gradients, aligned with `variables`. */
  sums: tf.Tensor[];
  /** Sum of the per-example losses. */
  lossSum: tf.Scalar;
  /** Per-example gradient norms before clipping, shape [batch]. */
  norms: tf.Tensor1D;
}

/** The trainable variables of a model, in the model's order. */
export function trainableVariables(model: tf.LayersModel): tf.Variable[] {
  return model.trainableWeights.map((weight) => weight.read() as tf.Variable);
}

function clipFactors(norms: tf.Tensor, l2NormClip: number): tf.Tensor {
  return tf.minimum(tf.scalar(1), tf.div(tf.scalar(l2NormClip), tf.maximum(norms, tf.scalar(1e-12))));
}

function exampleSlice(tensor: tf.Tensor, index: number): tf.Tensor {
  const begin = tensor.shape.map((_, axis) => (axis === 0 ? index : 0));
  const size = tensor.shape.map((extent, axis) => (axis === 0 ? 1 : extent));
  return tf.slice(tensor, begin, size);
}

/** Clipped gradient sum by one backward pass per example. */
export function clippedGradientSumByLoop(
  model: tf.LayersModel,
  variables: tf.Variable[],
  x: tf.Tensor,
  y: tf.Tensor,
  lossFn: PerExampleLoss,
  l2NormClip: number,
): ClippedGradientSum {
  let sums: tf.Tensor[] = variables.map((variable) => tf.zerosLike(variable as tf.Tensor));
  let lossSum: tf.Scalar = tf.scalar(0);
  const norms: tf.Scalar[] = [];
  const count = x.shape[0];
  for (let index = 0; index < count; index += 1) {
    const next = tf.tidy(() => {
      const xi = exampleSlice(x, index);
      const yi = exampleSlice(y, index);
      const { value, grads } = tf.variableGrads(
        () => tf.sum(lossFn(yi, model.apply(xi, { training: true }) as tf.Tensor)) as tf.Scalar,
        variables,
      );
      // A variable the loss does not reach gets no entry: its gradient is zero.
      const ordered = variables.map((variable) => grads[variable.name] ?? tf.zerosLike(variable));
      const norm = tf.sqrt(tf.addN(ordered.map((gradient) => tf.sum(tf.square(gradient))))) as tf.Scalar;
      const factor = clipFactors(norm, l2NormClip);
      return {
        sums: sums.map((sum, position) => tf.add(sum, tf.mul(ordered[position], factor))),
        lossSum: tf.add(lossSum, value) as tf.Scalar,
        norm,
      };
    });
    tf.dispose([...sums, lossSum]);
    sums = next.sums;
    lossSum = next.lossSum;
    norms.push(next.norm);
  }
  const stackedNorms = norms.length > 0 ? (tf.stack(norms) as tf.Tensor1D) : tf.tensor1d([]);
  tf.dispose(norms);
  return { sums, lossSum, norms: stackedNorms };
}

interface DenseStage {
  layer: tf.layers.Layer;
  kernel: tf.Variable;
  bias: tf.Variable | null;
  units: number;
  activate: (preActivation: tf.Tensor) => tf.Tensor;
}

// The chain is read once per model: its variables stay the same objects when weights are set
// (assign writes in place), and building activation layers on every step would pile them up.
const chains = new WeakMap<tf.LayersModel, DenseStage[] | null>();

/**
 * The model as a chain of Dense layers, or null when the vectorized path does not apply (any other
 * layer, a functional graph, a custom activation function, or inputs that are not rank 2).
 */
function denseChain(model: tf.LayersModel, inputRank: number): DenseStage[] | null {
  if (inputRank !== 2) return null;
  if (!chains.has(model)) chains.set(model, readDenseChain(model));
  return chains.get(model) ?? null;
}

function readDenseChain(model: tf.LayersModel): DenseStage[] | null {
  if (!(model instanceof tf.Sequential)) return null;
  const stages: DenseStage[] = [];
  for (const layer of model.layers) {
    if (layer.getClassName() === 'InputLayer') continue;
    if (layer.getClassName() !== 'Dense') return null;
    const config = layer.getConfig();
    const activation = config['activation'];
    if (typeof activation !== 'string') return null;
    const weights = layer.weights.map((weight) => weight.read() as tf.Variable);
    const kernel = weights.find((weight) => weight.rank === 2);
    const bias = weights.find((weight) => weight.rank === 1) ?? null;
    if (!kernel) return null;
    const activationLayer = activation === 'linear' ? null : tf.layers.activation({ activation: activation as 'relu' });
    stages.push({
      layer,
      kernel,
      bias,
      units: kernel.shape[1] as number,
      activate: (z) => (activationLayer ? (activationLayer.apply(z) as tf.Tensor) : z),
    });
  }
  return stages.length > 0 ? stages : null;
}

/** Whether the batch-at-once path applies to this model. */
export function supportsDenseVectorizedClipping(model: tf.LayersModel): boolean {
  const inputShape = model.inputs[0]?.shape ?? [];
  return denseChain(model, inputShape.length) !== null;
}

/** Clipped gradient sum for a chain of Dense layers in one forward and one backward pass. */
export function clippedGradientSumDenseVectorized(
  model: tf.LayersModel,
  variables: tf.Variable[],
  x: tf.Tensor,
  y: tf.Tensor,
  lossFn: PerExampleLoss,
  l2NormClip: number,
): ClippedGradientSum {
  const chain = denseChain(model, x.rank);
  if (!chain) throw new Error('The dense-vectorized clipping needs a sequential model of Dense layers and rank-2 inputs.');
  return tf.tidy(() => {
    const count = x.shape[0];
    const forward = (perturbations: tf.Tensor[] | null): { inputs: tf.Tensor[]; output: tf.Tensor } => {
      const inputs: tf.Tensor[] = [];
      let activations = x;
      chain.forEach((stage, position) => {
        inputs.push(activations);
        let z = tf.matMul(activations, stage.kernel);
        if (stage.bias) z = tf.add(z, stage.bias);
        if (perturbations) z = tf.add(z, perturbations[position]);
        activations = stage.activate(z);
      });
      return { inputs, output: activations };
    };
    // The layer inputs come from a plain forward pass: the chain has no randomness (no dropout),
    // so they equal the ones inside the differentiated pass.
    const { inputs } = forward(null);
    const zeros = chain.map((stage) => tf.zeros([count, stage.units]));
    const { value, grads: deltas } = tf.valueAndGrads((...perturbations: tf.Tensor[]) =>
      tf.sum(lossFn(y, forward(perturbations).output)) as tf.Scalar,
    )(zeros);

    const squaredNorms = chain.reduce<tf.Tensor>((total, stage, position) => {
      // A frozen layer still passes gradients through but contributes none of its own.
      if (!stage.layer.trainable) return total;
      const deltaSquared = tf.sum(tf.square(deltas[position]), 1);
      let layerTotal = tf.mul(tf.sum(tf.square(inputs[position]), 1), deltaSquared);
      if (stage.bias) layerTotal = tf.add(layerTotal, deltaSquared);
      return tf.add(total, layerTotal);
    }, tf.zeros([count]));
    const norms = tf.sqrt(squaredNorms) as tf.Tensor1D;
    const factors = tf.reshape(clipFactors(norms, l2NormClip), [count, 1]);

    const byName = new Map<string, tf.Tensor>();
    chain.forEach((stage, position) => {
      if (!stage.layer.trainable) return;
      const scaledDelta = tf.mul(deltas[position], factors);
      byName.set(stage.kernel.name, tf.matMul(inputs[position], scaledDelta, true, false));
      if (stage.bias) byName.set(stage.bias.name, tf.sum(scaledDelta, 0));
    });
    const sums = variables.map((variable) => {
      const sum = byName.get(variable.name);
      if (!sum) throw new Error(`Variable ${variable.name} is not a Dense kernel or bias of this model.`);
      return sum;
    });
    return { sums, lossSum: value, norms };
  });
}
