import { tf } from '../tf';
import type { ConvGeometry } from './patches';

type Shape4D = [number, number, number, number];
export type ConvPadding = 'same' | 'valid' | number | tf.backend_util.ExplicitPadding;

export interface ConvAttrs {
  strides: number | [number, number];
  pad: ConvPadding;
  dataFormat?: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

/** The convolution's geometry as TensorFlow.js computes it (so padding and rounding agree with it). */
export function convGeometry(
  inputShape: readonly number[],
  filterShape: readonly number[],
  attrs: ConvAttrs,
  depthwise = false,
  dilations: number | [number, number] = 1,
): ConvGeometry & { outChannels: number; info: tf.backend_util.Conv2DInfo } {
  if (attrs.dataFormat === 'NCHW') {
    throw new Error('the wasm training kernels run NHWC convolutions only (the wasm backend has no NCHW Conv2D)');
  }
  const info = tf.backend_util.computeConv2DInfo(
    inputShape as Shape4D,
    filterShape as Shape4D,
    attrs.strides,
    dilations,
    attrs.pad,
    attrs.dimRoundingMode,
    depthwise,
    'channelsLast',
  );
  if (info.dilationHeight !== 1 || info.dilationWidth !== 1) {
    throw new Error('the wasm training kernels support dilation 1 only (as do TensorFlow.js convolution gradients)');
  }
  return {
    batch: info.batchSize,
    inHeight: info.inHeight,
    inWidth: info.inWidth,
    inChannels: info.inChannels,
    outHeight: info.outHeight,
    outWidth: info.outWidth,
    outChannels: info.outChannels,
    filterHeight: info.filterHeight,
    filterWidth: info.filterWidth,
    strideHeight: info.strideHeight,
    strideWidth: info.strideWidth,
    padTop: info.padInfo.top,
    padLeft: info.padInfo.left,
    info,
  };
}
