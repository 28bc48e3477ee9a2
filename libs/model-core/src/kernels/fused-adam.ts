// Adam's update as one kernel per variable on the wasm backend. TensorFlow.js composes the update of
// thirteen elementwise ops per variable (plus the assignments), each a kernel call and a full pass
// over the variable: for a 20k x 64 embedding table that was ~15 ms of memory traffic per step, and
// for a small MLP the ~80 kernel calls per step were a third of its step time. The kernel below does
// one pass and rounds every intermediate to float32 in the order TensorFlow.js computes it, so its
// results are bit-identical to the composed update on wasm (the tests check this).
//
// tf.train.adam is used by trainModel, model.fit with 'adam' and the privacy code alike, so rather
// than ask each caller to use another class, AdamOptimizer.prototype.applyGradients is wrapped: it
// takes the fused path when the active backend has the kernel (only wasm registers it) and the
// shipped path everywhere else.
import { tf } from '../tf';
import { simdLoopsFor } from './simd-module';
import { asWasmBackend, byteOffsetOf, f32View, sizeOf, type KernelAttrs, type KernelInputs } from './wasm-backend';

export const FUSED_ADAM_KERNEL = 'AtlasFusedAdamUpdate';

const f32 = Math.fround;

/** inputs: value, m, v, gradient, accBeta1, accBeta2; outputs: new value, new m, new v. */
export function fusedAdamUpdate(args: { inputs: KernelInputs; backend: unknown; attrs?: KernelAttrs }): tf.TensorInfo[] {
  const backend = asWasmBackend(args.backend);
  const { value, m, v, gradient, accBeta1, accBeta2 } = args.inputs as Record<string, tf.TensorInfo>;
  const { beta1, beta2, epsilon, learningRate } = args.attrs as { beta1: number; beta2: number; epsilon: number; learningRate: number };
  for (const info of [value, m, v, gradient]) {
    if (info.dtype !== 'float32') throw new Error(`the fused Adam update takes float32 tensors, not ${info.dtype}`);
  }
  const size = sizeOf(value.shape);
  if (sizeOf(gradient.shape) !== size || sizeOf(m.shape) !== size || sizeOf(v.shape) !== size) {
    throw new Error('the fused Adam update needs a value, moments and gradient of one shape');
  }
  const outValue = backend.makeOutput([...value.shape], 'float32');
  const outM = backend.makeOutput([...value.shape], 'float32');
  const outV = backend.makeOutput([...value.shape], 'float32');
  const x = f32View(backend, value);
  const firstMoment = f32View(backend, m);
  const secondMoment = f32View(backend, v);
  const g = f32View(backend, gradient);
  const newX = f32View(backend, outValue);
  const newM = f32View(backend, outM);
  const newV = f32View(backend, outV);

  // The scalars exactly as TensorFlow.js materialises them: float32 tensors of these JS numbers.
  const b1 = f32(beta1);
  const oneMinusB1 = f32(1 - beta1);
  const b2 = f32(beta2);
  const oneMinusB2 = f32(1 - beta2);
  const eps = f32(epsilon);
  const negativeRate = f32(-learningRate);
  const correction1 = f32(1 - f32View(backend, accBeta1)[0]);
  const correction2 = f32(1 - f32View(backend, accBeta2)[0]);
  const simd = simdLoopsFor(backend.wasm.asm?.memory);
  if (simd) {
    const at = (info: tf.TensorInfo) => byteOffsetOf(backend, info);
    simd.fusedAdam(
      at(value), at(m), at(v), at(gradient), at(outValue), at(outM), at(outV), size,
      b1, oneMinusB1, b2, oneMinusB2, eps, negativeRate, correction1, correction2,
    );
    return [outValue, outM, outV];
  }
  for (let i = 0; i < size; i++) {
    const gi = g[i];
    const mi = f32(f32(firstMoment[i] * b1) + f32(gi * oneMinusB1));
    const vi = f32(f32(secondMoment[i] * b2) + f32(f32(gi * gi) * oneMinusB2));
    newM[i] = mi;
    newV[i] = vi;
    const step = f32(f32(mi / correction1) / f32(f32(Math.sqrt(f32(vi / correction2))) + eps));
    newX[i] = f32(step * negativeRate) + x[i];
  }
  return [outValue, outM, outV];
}

interface AdamInternals {
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  accBeta1: tf.Variable;
  accBeta2: tf.Variable;
  accumulatedFirstMoment: { originalName: string; variable: tf.Variable }[];
  accumulatedSecondMoment: { originalName: string; variable: tf.Variable }[];
  incrementIterations(): void;
}

type ApplyGradients = (variableGradients: tf.NamedTensorMap | { name: string; tensor: tf.Tensor }[]) => void;

function fusedApplyGradients(optimizer: AdamInternals, variableGradients: tf.NamedTensorMap | { name: string; tensor: tf.Tensor }[]): void {
  const names = Array.isArray(variableGradients) ? variableGradients.map((entry) => entry.name) : Object.keys(variableGradients);
  const simdAvailable = simdLoopsFor(asWasmBackend(tf.backend()).wasm.asm?.memory) !== null;
  tf.tidy(() => {
    const oneMinusAccBeta1 = tf.sub(1, optimizer.accBeta1);
    const oneMinusAccBeta2 = tf.sub(1, optimizer.accBeta2);
    names.forEach((name, i) => {
      const value = tf.engine().registeredVariables[name];
      // The moments are created as the shipped optimizer creates them, so getWeights/setWeights and
      // saved optimizer state stay the same.
      optimizer.accumulatedFirstMoment[i] ??= { originalName: `${name}/m`, variable: tf.tidy(() => tf.zerosLike(value).variable(false)) };
      optimizer.accumulatedSecondMoment[i] ??= { originalName: `${name}/v`, variable: tf.tidy(() => tf.zerosLike(value).variable(false)) };
      const gradient = Array.isArray(variableGradients) ? variableGradients[i].tensor : variableGradients[name];
      if (gradient == null) return;
      const m = optimizer.accumulatedFirstMoment[i].variable;
      const v = optimizer.accumulatedSecondMoment[i].variable;
      if (value.size > FUSED_ADAM_MAX_ELEMENTS && !simdAvailable) {
        composedUpdate(optimizer, value, m, v, gradient, oneMinusAccBeta1, oneMinusAccBeta2);
        return;
      }
      const [newValue, newM, newV] = tf.engine().runKernel(
        FUSED_ADAM_KERNEL,
        { value, m, v, gradient, accBeta1: optimizer.accBeta1, accBeta2: optimizer.accBeta2 },
        { beta1: optimizer.beta1, beta2: optimizer.beta2, epsilon: optimizer.epsilon, learningRate: optimizer.learningRate },
      ) as tf.Tensor[];
      m.assign(newM);
      v.assign(newV);
      value.assign(newValue);
    });
    optimizer.accBeta1.assign(tf.mul(optimizer.accBeta1, optimizer.beta1));
    optimizer.accBeta2.assign(tf.mul(optimizer.accBeta2, optimizer.beta2));
  });
  optimizer.incrementIterations();
}

/**
 * Where the engine has no wasm SIMD, above this many elements the composed update wins: its
 * thirteen kernels run vectorised in wasm (about 0.7 ns per element each) while the TypeScript loop
 * runs scalar divisions and square roots (about 20 ns per element); below it the composed update's
 * kernel calls (~20 us each) dominate. With SIMD the fused kernel wins at every size.
 */
export const FUSED_ADAM_MAX_ELEMENTS = 24_000;

/** The shipped AdamOptimizer's update of one variable, op for op (tfjs-core 4.22). */
function composedUpdate(
  optimizer: AdamInternals,
  value: tf.Variable,
  m: tf.Variable,
  v: tf.Variable,
  gradient: tf.Tensor,
  oneMinusAccBeta1: tf.Tensor,
  oneMinusAccBeta2: tf.Tensor,
): void {
  const newFirstMoment = tf.add(tf.mul(m, optimizer.beta1), tf.mul(gradient, 1 - optimizer.beta1));
  const newSecondMoment = tf.add(tf.mul(v, optimizer.beta2), tf.mul(tf.square(gradient), 1 - optimizer.beta2));
  const biasCorrectedFirstMoment = tf.div(newFirstMoment, oneMinusAccBeta1);
  const biasCorrectedSecondMoment = tf.div(newSecondMoment, oneMinusAccBeta2);
  m.assign(newFirstMoment);
  v.assign(newSecondMoment);
  const newValue = tf.add(
    tf.mul(tf.div(biasCorrectedFirstMoment, tf.add(tf.sqrt(biasCorrectedSecondMoment), optimizer.epsilon)), -optimizer.learningRate),
    value,
  );
  value.assign(newValue);
}

const WRAPPED_KEY = Symbol.for('atlas.model-core.fused-adam');

/** Routes AdamOptimizer updates through the fused kernel wherever the active backend registers it. */
export function routeAdamThroughFusedKernel(): void {
  const prototype = tf.AdamOptimizer.prototype as unknown as { applyGradients: ApplyGradients; [WRAPPED_KEY]?: ApplyGradients };
  if (prototype[WRAPPED_KEY]) return;
  const shipped = prototype.applyGradients;
  prototype[WRAPPED_KEY] = shipped;
  prototype.applyGradients = function applyGradients(this: tf.AdamOptimizer, variableGradients) {
    if (!tf.getKernel(FUSED_ADAM_KERNEL, tf.getBackend())) return shipped.call(this, variableGradients);
    fusedApplyGradients(this as unknown as AdamInternals, variableGradients);
  };
}
