// Conv2D, FusedConv2D, DepthwiseConv2dNative and FusedDepthwiseConv2D for the wasm backend, wrapping
// the shipped kernels so that 'same' padding reaches them as explicit padding. With 'same' the shipped
// kernels let XNNPACK compute the padding itself, and for some shapes it disagrees with TensorFlow.js
// (a 2x1 filter at stride 2 on an 11x10 image returned all zeros, where the cpu backend and
// TensorFlow agree). TensorFlow.js computes the same padding for its output shape; passing those
// numbers explicitly makes the result agree with the shape, at no cost to speed.
import { tf } from '../tf';
import { asWasmBackend, runWasmKernel, type KernelAttrs, type KernelInputs } from './wasm-backend';

type Shape4D = [number, number, number, number];

function withExplicitSamePadding(kernelName: string, depthwise: boolean) {
  return (args: { inputs: KernelInputs; backend: unknown; attrs?: KernelAttrs }): tf.TensorInfo => {
    const backend = asWasmBackend(args.backend);
    const attrs = args.attrs as { pad?: unknown; strides: number | [number, number]; dilations?: number | [number, number]; dataFormat?: string };
    const { x, filter } = args.inputs as { x: tf.TensorInfo; filter: tf.TensorInfo };
    if (attrs.pad !== 'same' || (attrs.dataFormat !== undefined && attrs.dataFormat !== 'NHWC')) {
      return runWasmKernel(backend, kernelName, args.inputs, args.attrs);
    }
    const { padInfo } = tf.backend_util.computeConv2DInfo(
      x.shape as Shape4D,
      filter.shape as Shape4D,
      attrs.strides,
      attrs.dilations ?? 1,
      'same',
      undefined,
      depthwise,
    );
    const pad: tf.backend_util.ExplicitPadding = [
      [0, 0],
      [padInfo.top, padInfo.bottom],
      [padInfo.left, padInfo.right],
      [0, 0],
    ];
    return runWasmKernel(backend, kernelName, args.inputs, { ...args.attrs, pad });
  };
}

export const conv2dExplicitSame = withExplicitSamePadding('Conv2D', false);
export const fusedConv2dExplicitSame = withExplicitSamePadding('FusedConv2D', false);
export const depthwiseConv2dExplicitSame = withExplicitSamePadding('DepthwiseConv2dNative', true);
export const fusedDepthwiseConv2dExplicitSame = withExplicitSamePadding('FusedDepthwiseConv2D', true);
