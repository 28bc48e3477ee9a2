// MaxPoolGrad for the wasm backend. The shipped kernel routes some gradients to the wrong input
// position when there is more than one channel (for a 4x6x6x8 input, 20 of 1152 entries differed
// from a gradient computed by hand; the cpu backend matched it), which silently corrupts the training
// of any convolutional net with max pooling. This one sends each output's gradient to the first
// maximum of its window, in row-major window order, as the cpu backend and TensorFlow do.
import { tf } from '../tf';
import { asWasmBackend, f32View, type KernelAttrs, type KernelInputs } from './wasm-backend';

type Shape4D = [number, number, number, number];

export function maxPoolGrad(args: { inputs: KernelInputs; backend: unknown; attrs?: KernelAttrs }): tf.TensorInfo {
  const backend = asWasmBackend(args.backend);
  const { dy, input } = args.inputs as { dy: tf.TensorInfo; input: tf.TensorInfo };
  const { filterSize, strides, pad, dimRoundingMode } = args.attrs as {
    filterSize: number | [number, number];
    strides: number | [number, number];
    pad: 'same' | 'valid' | number | tf.backend_util.ExplicitPadding;
    dimRoundingMode?: 'floor' | 'round' | 'ceil';
  };
  const info = tf.backend_util.computePool2DInfo(input.shape as Shape4D, filterSize, strides, 1, pad, dimRoundingMode);
  const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth, strideHeight, strideWidth } = info;
  const { filterHeight, filterWidth } = info;
  const dx = backend.makeOutput([...input.shape], 'float32');
  const x = f32View(backend, input);
  const grad = f32View(backend, dy);
  const out = f32View(backend, dx);
  out.fill(0);
  const best = new Float32Array(channels);
  const at = new Int32Array(channels);
  for (let n = 0; n < batchSize; n++) {
    for (let oh = 0; oh < outHeight; oh++) {
      const top = oh * strideHeight - info.padInfo.top;
      const rowStart = Math.max(0, top);
      const rowEnd = Math.min(inHeight, top + filterHeight);
      for (let ow = 0; ow < outWidth; ow++) {
        const left = ow * strideWidth - info.padInfo.left;
        const columnStart = Math.max(0, left);
        const columnEnd = Math.min(inWidth, left + filterWidth);
        best.fill(Number.NEGATIVE_INFINITY);
        at.fill(-1);
        for (let ih = rowStart; ih < rowEnd; ih++) {
          for (let iw = columnStart; iw < columnEnd; iw++) {
            const pixel = ((n * inHeight + ih) * inWidth + iw) * channels;
            for (let c = 0; c < channels; c++) {
              const value = x[pixel + c];
              if (value > best[c]) {
                best[c] = value;
                at[c] = pixel + c;
              }
            }
          }
        }
        const dyPixel = ((n * outHeight + oh) * outWidth + ow) * channels;
        for (let c = 0; c < channels; c++) {
          if (at[c] >= 0) out[at[c]] += grad[dyPixel + c];
        }
      }
    }
  }
  return dx;
}
