// ResizeNearestNeighborGrad for the wasm backend (the gradient of nearest-neighbour upsampling, e.g.
// tf.layers.upSampling2d in a CenterNet-style head). The shipped kernel is correct but searches a
// window of dy for every input pixel: 36 ms for a 16x32x32x32 batch upsampled 2x, against 5 ms here.
// This one is the adjoint of the forward resize written as a scatter: each dy pixel adds into the
// input pixel the forward pass copied it from, found with the forward kernel's own index formula.
// (The cpu backend's version is wrong for batches above 1: it offsets dy by the input's batch
// stride; the tests check against the adjoint computed by hand, not against cpu.)
import type { tf } from '../tf';
import { asWasmBackend, f32View, type KernelAttrs, type KernelInputs } from './wasm-backend';

/** The forward resize's source index for output index `target` (TensorFlow.js's formula). */
function sourceIndex(target: number, ratio: number, inSize: number, alignCorners: boolean, halfPixelCenters: boolean): number {
  const fraction = halfPixelCenters ? ratio * (target + 0.5) : ratio * target;
  const nearest = Math.min(inSize - 1, alignCorners ? Math.round(fraction) : Math.floor(fraction));
  return halfPixelCenters ? Math.max(0, nearest) : nearest;
}

function ratioOf(inSize: number, outSize: number, alignCorners: boolean): number {
  const effectiveIn = alignCorners && outSize > 1 ? inSize - 1 : inSize;
  const effectiveOut = alignCorners && outSize > 1 ? outSize - 1 : outSize;
  return effectiveIn / effectiveOut;
}

export function resizeNearestNeighborGrad(args: { inputs: KernelInputs; backend: unknown; attrs?: KernelAttrs }): tf.TensorInfo {
  const backend = asWasmBackend(args.backend);
  const { images, dy } = args.inputs as { images: tf.TensorInfo; dy: tf.TensorInfo };
  const { alignCorners, halfPixelCenters } = args.attrs as { alignCorners: boolean; halfPixelCenters: boolean };
  const [batch, inHeight, inWidth, channels] = images.shape;
  const [, outHeight, outWidth] = dy.shape;
  const rowRatio = ratioOf(inHeight, outHeight, alignCorners);
  const columnRatio = ratioOf(inWidth, outWidth, alignCorners);
  const sourceColumns = Int32Array.from({ length: outWidth }, (_, c) => sourceIndex(c, columnRatio, inWidth, alignCorners, halfPixelCenters));

  const dx = backend.makeOutput([...images.shape], 'float32');
  const grad = f32View(backend, dy);
  const out = f32View(backend, dx);
  out.fill(0);
  for (let n = 0; n < batch; n++) {
    for (let r = 0; r < outHeight; r++) {
      const sourceRow = sourceIndex(r, rowRatio, inHeight, alignCorners, halfPixelCenters);
      const dyRow = (n * outHeight + r) * outWidth * channels;
      const dxRow = (n * inHeight + sourceRow) * inWidth * channels;
      for (let c = 0; c < outWidth; c++) {
        const from = dyRow + c * channels;
        const to = dxRow + sourceColumns[c] * channels;
        for (let d = 0; d < channels; d++) out[to + d] += grad[from + d];
      }
    }
  }
  return dx;
}
