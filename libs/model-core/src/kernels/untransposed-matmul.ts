// BatchMatMul and _FusedMatMul for the wasm backend, wrapping the shipped kernels. The shipped
// kernels hand untransposed products to XNNPACK but run a transposed operand through a scalar loop:
// 256x64x32 with transposeA took 0.9 ms against 0.1 ms untransposed, 1024x64x150 took 32 ms against
// 1.2 ms. Every dense layer's gradient is such a product (dW = x^T dy, dx = dy W^T), so training paid
// that on every step. These wrappers transpose the operand first (one memory-bound pass) and call the
// shipped kernel untransposed; small products, where the loop is cheaper than a kernel call, go
// straight through (for BatchMatMul; the fused kernel has a bias bug, see below).
import type { tf } from '../tf';
import { asWasmBackend, release, runWasmKernel, sizeOf, type KernelAttrs, type KernelInputs, type WasmBackend } from './wasm-backend';

/** Below this many multiply-adds the scalar loop beats the extra transpose (measured crossover). */
const MIN_WORK_FOR_TRANSPOSE = 1 << 17;

function swapLastTwoAxes(backend: WasmBackend, info: tf.TensorInfo): tf.TensorInfo {
  const rank = info.shape.length;
  const perm = [...Array(rank).keys()];
  perm[rank - 2] = rank - 1;
  perm[rank - 1] = rank - 2;
  return runWasmKernel(backend, 'Transpose', { x: info }, { perm });
}

function productWork(a: tf.TensorInfo, b: tf.TensorInfo, transposeA: boolean, transposeB: boolean): number {
  const rows = transposeA ? a.shape[a.shape.length - 1] : a.shape[a.shape.length - 2];
  const inner = transposeA ? a.shape[a.shape.length - 2] : a.shape[a.shape.length - 1];
  const cols = transposeB ? b.shape[b.shape.length - 2] : b.shape[b.shape.length - 1];
  const batch = Math.max(sizeOf(a.shape.slice(0, -2)), sizeOf(b.shape.slice(0, -2)));
  return batch * rows * inner * cols;
}

function untransposeOperands(
  backend: WasmBackend,
  inputs: KernelInputs,
  transposeA: boolean,
  transposeB: boolean,
): { a: tf.TensorInfo; b: tf.TensorInfo; release(): void } {
  const { a, b } = inputs as { a: tf.TensorInfo; b: tf.TensorInfo };
  const aReady = transposeA ? swapLastTwoAxes(backend, a) : a;
  const bReady = transposeB ? swapLastTwoAxes(backend, b) : b;
  return {
    a: aReady,
    b: bReady,
    release() {
      if (transposeA) release(backend, aReady);
      if (transposeB) release(backend, bReady);
    },
  };
}

export function batchMatMulUntransposed(args: { inputs: KernelInputs; backend: unknown; attrs?: KernelAttrs }): tf.TensorInfo {
  const backend = asWasmBackend(args.backend);
  const attrs = (args.attrs ?? {}) as { transposeA?: boolean; transposeB?: boolean };
  const transposeA = attrs.transposeA === true;
  const transposeB = attrs.transposeB === true;
  const { a, b } = args.inputs as { a: tf.TensorInfo; b: tf.TensorInfo };
  if ((!transposeA && !transposeB) || productWork(a, b, transposeA, transposeB) < MIN_WORK_FOR_TRANSPOSE) {
    return runWasmKernel(backend, 'BatchMatMul', args.inputs, args.attrs);
  }
  const operands = untransposeOperands(backend, args.inputs, transposeA, transposeB);
  const product = runWasmKernel(backend, 'BatchMatMul', { a: operands.a, b: operands.b }, { transposeA: false, transposeB: false });
  operands.release();
  return product;
}

type FusedActivation = 'linear' | 'relu' | 'relu6' | 'elu' | 'sigmoid' | 'leakyrelu' | 'prelu';

/**
 * The shipped _FusedMatMul adds its bias correctly only for an untransposed, unbatched product
 * (with a transposed operand the bias landed on the wrong columns; with a batch above 1 only the
 * first matrix got it). Dense layers use exactly that case and keep the fused kernel; every other
 * case is untransposed first, and batched products run as matMul, bias add and activation.
 */
export function fusedMatMulUntransposed(args: { inputs: KernelInputs; backend: unknown; attrs?: KernelAttrs }): tf.TensorInfo {
  const backend = asWasmBackend(args.backend);
  const attrs = (args.attrs ?? {}) as { transposeA?: boolean; transposeB?: boolean; activation?: FusedActivation; leakyreluAlpha?: number };
  const transposeA = attrs.transposeA === true;
  const transposeB = attrs.transposeB === true;
  const { a, b, bias, preluActivationWeights } = args.inputs;
  if (!a || !b) throw new Error('_FusedMatMul needs inputs a and b');
  const batch = Math.max(sizeOf(a.shape.slice(0, -2)), sizeOf(b.shape.slice(0, -2)));
  if (!transposeA && !transposeB && batch === 1) return runWasmKernel(backend, '_FusedMatMul', args.inputs, args.attrs);

  const operands = untransposeOperands(backend, args.inputs, transposeA, transposeB);
  const untransposedAttrs = { ...args.attrs, transposeA: false, transposeB: false };
  if (batch === 1) {
    const fused = runWasmKernel(backend, '_FusedMatMul', { ...args.inputs, a: operands.a, b: operands.b }, untransposedAttrs);
    operands.release();
    return fused;
  }
  let result = runWasmKernel(backend, 'BatchMatMul', { a: operands.a, b: operands.b }, untransposedAttrs);
  operands.release();
  if (bias) result = replaceWith(backend, result, runWasmKernel(backend, 'Add', { a: result, b: bias }));
  const activated = applyActivation(backend, result, attrs.activation ?? 'linear', attrs.leakyreluAlpha, preluActivationWeights);
  return activated === result ? result : replaceWith(backend, result, activated);
}

function replaceWith(backend: WasmBackend, previous: tf.TensorInfo, next: tf.TensorInfo): tf.TensorInfo {
  release(backend, previous);
  return next;
}

function applyActivation(
  backend: WasmBackend,
  x: tf.TensorInfo,
  activation: FusedActivation,
  leakyreluAlpha: number | undefined,
  preluWeights: tf.TensorInfo | undefined,
): tf.TensorInfo {
  switch (activation) {
    case 'linear':
      return x;
    case 'relu':
      return runWasmKernel(backend, 'Relu', { x });
    case 'relu6':
      return runWasmKernel(backend, 'Relu6', { x });
    case 'elu':
      return runWasmKernel(backend, 'Elu', { x });
    case 'sigmoid':
      return runWasmKernel(backend, 'Sigmoid', { x });
    case 'leakyrelu':
      return runWasmKernel(backend, 'LeakyRelu', { x }, { alpha: leakyreluAlpha ?? 0.2 });
    case 'prelu':
      if (!preluWeights) throw new Error("_FusedMatMul with 'prelu' needs preluActivationWeights");
      return runWasmKernel(backend, 'Prelu', { x, alpha: preluWeights });
    default:
      throw new Error(`_FusedMatMul: unknown activation '${String(activation)}'`);
  }
}
