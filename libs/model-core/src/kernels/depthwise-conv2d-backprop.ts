// The two gradients of a depthwise convolution (DepthwiseConv2dNativeBackpropFilter and
// ...BackpropInput), which the wasm backend does not ship; separable and depthwise layers need them.
// Each output channel c * multiplier + q reads one input channel c, so there is no matrix product to
// hand to XNNPACK: both are single passes over dy in the JIT, on the heap, in NHWC layout.
import type { tf } from '../tf';
import { convGeometry, type ConvAttrs } from './conv-geometry';
import { asWasmBackend, f32View, type KernelAttrs, type KernelInputs } from './wasm-backend';

type Shape4D = [number, number, number, number];
type DepthwiseAttrs = ConvAttrs & { dilations?: number | [number, number] };

type Geometry = ReturnType<typeof convGeometry>;

/**
 * Visits every (output position, kernel tap) pair that reads a pixel inside the input, with the
 * offsets of that dy row, x row and filter row: both gradients are sums over exactly these pairs.
 */
function forEachTap(g: Geometry, visit: (dyBase: number, xBase: number, wBase: number) => void): void {
  const { inHeight, inWidth, inChannels, outHeight, outWidth, outChannels, filterHeight, filterWidth } = g;
  for (let n = 0; n < g.batch; n++) {
    for (let oh = 0; oh < outHeight; oh++) {
      for (let kh = 0; kh < filterHeight; kh++) {
        const ih = oh * g.strideHeight - g.padTop + kh;
        if (ih < 0 || ih >= inHeight) continue;
        for (let ow = 0; ow < outWidth; ow++) {
          const dyBase = ((n * outHeight + oh) * outWidth + ow) * outChannels;
          for (let kw = 0; kw < filterWidth; kw++) {
            const iw = ow * g.strideWidth - g.padLeft + kw;
            if (iw < 0 || iw >= inWidth) continue;
            visit(dyBase, ((n * inHeight + ih) * inWidth + iw) * inChannels, (kh * filterWidth + kw) * outChannels);
          }
        }
      }
    }
  }
}

export function depthwiseConv2dBackpropFilter(args: {
  inputs: KernelInputs;
  backend: unknown;
  attrs?: KernelAttrs;
}): tf.TensorInfo {
  const backend = asWasmBackend(args.backend);
  const { x, dy } = args.inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
  const attrs = args.attrs as unknown as DepthwiseAttrs & { filterShape: Shape4D };
  const g = convGeometry(x.shape, attrs.filterShape, attrs, true, attrs.dilations ?? 1);
  const multiplier = attrs.filterShape[3];
  const channels = g.inChannels;

  const dw = backend.makeOutput([...attrs.filterShape], 'float32');
  const input = f32View(backend, x);
  const grad = f32View(backend, dy);
  const out = f32View(backend, dw);
  out.fill(0);
  forEachTap(g, (dyBase, xBase, wBase) => {
    for (let c = 0; c < channels; c++) {
      const value = input[xBase + c];
      const channel = c * multiplier;
      for (let q = 0; q < multiplier; q++) out[wBase + channel + q] += value * grad[dyBase + channel + q];
    }
  });
  return dw;
}

export function depthwiseConv2dBackpropInput(args: {
  inputs: KernelInputs;
  backend: unknown;
  attrs?: KernelAttrs;
}): tf.TensorInfo {
  const backend = asWasmBackend(args.backend);
  const { dy, filter } = args.inputs as { dy: tf.TensorInfo; filter: tf.TensorInfo };
  const attrs = args.attrs as unknown as DepthwiseAttrs & { inputShape: Shape4D };
  const g = convGeometry(attrs.inputShape, filter.shape, attrs, true, attrs.dilations ?? 1);
  const multiplier = filter.shape[3];
  const channels = g.inChannels;

  const dx = backend.makeOutput([...attrs.inputShape], 'float32');
  const grad = f32View(backend, dy);
  const weights = f32View(backend, filter);
  const out = f32View(backend, dx);
  out.fill(0);
  forEachTap(g, (dyBase, xBase, wBase) => {
    for (let c = 0; c < channels; c++) {
      const channel = c * multiplier;
      let sum = 0;
      for (let q = 0; q < multiplier; q++) sum += grad[dyBase + channel + q] * weights[wBase + channel + q];
      out[xBase + c] += sum;
    }
  });
  return dx;
}
