// Registers the kernels that make the wasm backend a training backend. TensorFlow.js dispatches by
// kernel name, so the gradient functions of conv2d, gather, matMul and depthwise conv2d reach these
// through the engine with no change to any model code.
import { tf } from '../tf';
import { conv2dBackpropFilter } from './conv2d-backprop-filter';
import { conv2dBackpropInput } from './conv2d-backprop-input';
import {
  conv2dExplicitSame,
  depthwiseConv2dExplicitSame,
  fusedConv2dExplicitSame,
  fusedDepthwiseConv2dExplicitSame,
} from './explicit-same-padding';
import { FUSED_ADAM_KERNEL, fusedAdamUpdate, routeAdamThroughFusedKernel } from './fused-adam';
import { gatherV2 } from './gather';
import { maxPoolGrad } from './max-pool-grad';
import { resizeNearestNeighborGrad } from './resize-nearest-neighbor-grad';
import { castSharingSameType, sharedIdentity, transposeSharingNoOps } from './shared-identity';
import { meanMiddleAxes, sumMiddleAxes } from './sum-middle-axes';
import { tile } from './tile';
import { depthwiseConv2dBackpropFilter, depthwiseConv2dBackpropInput } from './depthwise-conv2d-backprop';
import { batchMatMulUntransposed, fusedMatMulUntransposed } from './untransposed-matmul';
import { unsortedSegmentSum } from './unsorted-segment-sum';
import { rememberOriginalKernel, type KernelAttrs, type KernelInputs } from './wasm-backend';

type TrainingKernelFunc = (args: { inputs: KernelInputs; backend: unknown; attrs?: KernelAttrs }) => tf.TensorInfo | tf.TensorInfo[];

export interface WasmTrainingKernel {
  kernelName: string;
  /** 'added': the wasm backend has none; 'replaced': it has one, too slow to train with. */
  kind: 'added' | 'replaced';
  why: string;
}

const KERNELS: (WasmTrainingKernel & { kernelFunc: TrainingKernelFunc })[] = [
  {
    kernelName: 'Conv2DBackpropFilter',
    kind: 'added',
    why: 'filter gradient of every conv2d: transposed patches x dy, one XNNPACK matrix product',
    kernelFunc: conv2dBackpropFilter,
  },
  {
    kernelName: 'Conv2DBackpropInput',
    kind: 'replaced',
    why: 'input gradient of conv2d (and conv2dTranspose): the shipped scalar loop is ~10x slower than the forward conv; stride 1 runs as an XNNPACK conv with the rotated filter, larger strides as a matrix product plus col2im',
    kernelFunc: conv2dBackpropInput,
  },
  {
    kernelName: 'UnsortedSegmentSum',
    kind: 'added',
    why: 'gradient of gather (embeddings): a scatter-add over the rows of dy',
    kernelFunc: unsortedSegmentSum,
  },
  {
    kernelName: 'DepthwiseConv2dNativeBackpropFilter',
    kind: 'added',
    why: 'filter gradient of depthwise and separable conv2d',
    kernelFunc: depthwiseConv2dBackpropFilter,
  },
  {
    kernelName: 'DepthwiseConv2dNativeBackpropInput',
    kind: 'added',
    why: 'input gradient of depthwise and separable conv2d',
    kernelFunc: depthwiseConv2dBackpropInput,
  },
  {
    kernelName: 'BatchMatMul',
    kind: 'replaced',
    why: 'dense-layer gradients multiply transposed operands, which the shipped kernel runs in a scalar loop (up to 25x slower); transposed first, then XNNPACK',
    kernelFunc: batchMatMulUntransposed,
  },
  {
    kernelName: '_FusedMatMul',
    kind: 'replaced',
    why: 'the shipped kernel adds the bias to the wrong elements when an operand is transposed or the product is batched; those cases are untransposed first, batched ones run as matMul + bias + activation',
    kernelFunc: fusedMatMulUntransposed,
  },
  {
    kernelName: FUSED_ADAM_KERNEL,
    kind: 'added',
    why: "Adam's update in one pass per variable instead of 13 elementwise kernels, bit-identical to the composed update; AdamOptimizer takes it wherever the backend registers it",
    kernelFunc: fusedAdamUpdate,
  },
  {
    kernelName: 'MaxPoolGrad',
    kind: 'replaced',
    why: 'the shipped kernel sent some gradients to the wrong input position on multi-channel inputs (20 of 1152 entries for a 4x6x6x8 batch); this one sends each to the first maximum of its window, as cpu and TensorFlow do',
    kernelFunc: maxPoolGrad,
  },
  {
    kernelName: 'ResizeNearestNeighborGrad',
    kind: 'replaced',
    why: 'gradient of nearest-neighbour upsampling: the shipped kernel searches a window per input pixel (36 ms for 16x32x32x32 upsampled 2x); a scatter through the forward index formula takes 5 ms',
    kernelFunc: resizeNearestNeighborGrad,
  },
  {
    kernelName: 'GatherV2',
    kind: 'replaced',
    why: 'embedding lookups and shuffled batches: the shipped kernel took 28 ms for 256x32 rows of 64 floats; rows are memmoved on the heap',
    kernelFunc: gatherV2,
  },
  {
    kernelName: 'Identity',
    kind: 'replaced',
    why: 'the engine clones every tensor a gradient needs through Identity, which the shipped kernel copies (210 copies per detector step); the data is shared with a reference count instead, as on cpu and webgl',
    kernelFunc: sharedIdentity,
  },
  {
    kernelName: 'Transpose',
    kind: 'replaced',
    why: 'permutations that move no data (the embedding gradient transposes with identity permutations) share the data instead of copying it; others go to the shipped kernel',
    kernelFunc: transposeSharingNoOps,
  },
  {
    kernelName: 'Cast',
    kind: 'replaced',
    why: 'a cast to the same dtype (the ReLU gradient casts float32 to float32 on every step) shares the data; other casts copy the source out of the heap before converting, which avoids V8\'s slow same-buffer TypedArray.set (0.4 ms for 16k floats); casts to bool test truthiness (the shipped kernel kept the low byte)',
    kernelFunc: castSharingSameType,
  },
  {
    kernelName: 'Sum',
    kind: 'replaced',
    why: 'bias gradients and pooling sum over leading or middle axes, which the shipped kernel transposes to the end first; a contiguous block of axes is summed in place (SIMD), other cases go to the shipped kernel',
    kernelFunc: sumMiddleAxes,
  },
  {
    kernelName: 'Mean',
    kind: 'replaced',
    why: 'batch-norm moments and losses: as Sum, then divided by the count',
    kernelFunc: meanMiddleAxes,
  },
  {
    kernelName: 'Tile',
    kind: 'replaced',
    why: 'the batch-norm gradient tiles its statistics to the activation shape; the shipped kernel took 87 ms for 1M elements, block memmoves take well under 1 ms',
    kernelFunc: tile,
  },
  ...(
    [
      ['Conv2D', conv2dExplicitSame],
      ['FusedConv2D', fusedConv2dExplicitSame],
      ['DepthwiseConv2dNative', depthwiseConv2dExplicitSame],
      ['FusedDepthwiseConv2D', fusedDepthwiseConv2dExplicitSame],
    ] as const
  ).map(([kernelName, kernelFunc]) => ({
    kernelName,
    kind: 'replaced' as const,
    why: "'same' padding passed explicitly: with XNNPACK's own 'same' padding the shipped kernel returned zeros for some strided shapes (e.g. a 2x1 filter at stride 2)",
    kernelFunc,
  })),
];

/** What registerWasmTrainingKernels registers, and why (for reports and docs). */
export const WASM_TRAINING_KERNELS: readonly WasmTrainingKernel[] = KERNELS.map(({ kernelName, kind, why }) => ({
  kernelName,
  kind,
  why,
}));

// On globalThis, like the runtime state: a bundler may load this module more than once, while the
// kernel registry of TensorFlow.js is one per process.
const REGISTERED_KEY = Symbol.for('atlas.model-core.wasm-training-kernels');

/**
 * Registers the wasm training kernels once per process (later calls do nothing). Call it after
 * `@tensorflow/tfjs-backend-wasm` is imported and before training on wasm; `initRuntime` does when it
 * selects wasm. It may run before or after the wasm backend is initialised.
 */
export function registerWasmTrainingKernels(): readonly WasmTrainingKernel[] {
  const holder = globalThis as typeof globalThis & { [REGISTERED_KEY]?: boolean };
  if (holder[REGISTERED_KEY]) return WASM_TRAINING_KERNELS;
  if (!tf.getKernel('Conv2D', 'wasm')) {
    throw new Error('the wasm backend is not loaded: import @tensorflow/tfjs-backend-wasm before registering its training kernels');
  }
  for (const kernel of KERNELS) {
    const shipped = tf.getKernel(kernel.kernelName, 'wasm');
    if (shipped) {
      rememberOriginalKernel(shipped);
      tf.unregisterKernel(kernel.kernelName, 'wasm');
    }
    tf.registerKernel({
      kernelName: kernel.kernelName,
      backendName: 'wasm',
      // The replaced kernel's setup binds its wasm function when the backend initialises; the
      // replacement still calls it, so the setup must stay registered under the name.
      setupFunc: shipped?.setupFunc,
      kernelFunc: kernel.kernelFunc as unknown as tf.KernelFunc,
    });
  }
  routeAdamThroughFusedKernel();
  holder[REGISTERED_KEY] = true;
  return WASM_TRAINING_KERNELS;
}
