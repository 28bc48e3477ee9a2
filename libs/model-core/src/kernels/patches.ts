// Patch (im2col) copies between an NHWC image and the matrices that turn convolution gradients into
// one matrix product each. Written as plain loops over the wasm heap: the wasm backend has no patch
// kernel, and one pass in the JIT costs a few milliseconds where building patches from slice and
// concat kernels costs a kernel call per filter tap.

/** The geometry of a 2D convolution in NHWC layout, with dilation 1. */
export interface ConvGeometry {
  batch: number;
  inHeight: number;
  inWidth: number;
  inChannels: number;
  outHeight: number;
  outWidth: number;
  filterHeight: number;
  filterWidth: number;
  strideHeight: number;
  strideWidth: number;
  padTop: number;
  padLeft: number;
}

/** The first output column whose input column (ow * stride - padLeft + kw) is inside the image. */
function firstValidColumn(g: ConvGeometry, kw: number): number {
  return Math.min(g.outWidth, Math.max(0, Math.ceil((g.padLeft - kw) / g.strideWidth)));
}

/** One past the last output column whose input column is inside the image. */
function endValidColumn(g: ConvGeometry, kw: number): number {
  return Math.max(0, Math.min(g.outWidth, Math.floor((g.inWidth - 1 + g.padLeft - kw) / g.strideWidth) + 1));
}

/**
 * Writes the patches of `x` transposed: `patches[(kh * filterWidth + kw) * inChannels + ci][m]`, with
 * m = (n * outHeight + oh) * outWidth + ow, is the input value filter tap (kh, kw, ci) sees at output
 * position m (zero where the tap falls in the padding). The filter gradient is then
 * `patches x dy` with dy as an [m, outChannels] matrix: a product with no transposed operand, the
 * only kind the wasm matrix product runs at full speed, and its result already has the filter's
 * [kh, kw, ci, co] layout.
 *
 * Reads run along contiguous (kw, ci) blocks of the image; each of the K rows of the output is
 * written sequentially, so the loop streams through both arrays.
 */
export function writeTransposedPatches(x: Float32Array, g: ConvGeometry, patches: Float32Array): void {
  const { inHeight, inWidth, inChannels, outHeight, outWidth, filterHeight, filterWidth } = g;
  const { strideHeight, strideWidth, padTop, padLeft } = g;
  const columns = g.batch * outHeight * outWidth;
  const tapWidth = filterWidth * inChannels;
  for (let n = 0; n < g.batch; n++) {
    for (let oh = 0; oh < outHeight; oh++) {
      const m0 = (n * outHeight + oh) * outWidth;
      for (let kh = 0; kh < filterHeight; kh++) {
        const ih = oh * strideHeight - padTop + kh;
        const rowOfTap = kh * tapWidth;
        if (ih < 0 || ih >= inHeight) {
          for (let t = 0; t < tapWidth; t++) patches.fill(0, (rowOfTap + t) * columns + m0, (rowOfTap + t) * columns + m0 + outWidth);
          continue;
        }
        const imageRow = (n * inHeight + ih) * inWidth;
        for (let kw = 0; kw < filterWidth; kw++) {
          const start = firstValidColumn(g, kw);
          const end = endValidColumn(g, kw);
          for (let ci = 0; ci < inChannels; ci++) {
            const dst = (rowOfTap + kw * inChannels + ci) * columns + m0;
            for (let ow = 0; ow < start; ow++) patches[dst + ow] = 0;
            let src = (imageRow + start * strideWidth - padLeft + kw) * inChannels + ci;
            const step = strideWidth * inChannels;
            for (let ow = start; ow < end; ow++, src += step) patches[dst + ow] = x[src];
            for (let ow = end; ow < outWidth; ow++) patches[dst + ow] = 0;
          }
        }
      }
    }
  }
}

/**
 * The adjoint of patch extraction (col2im): `columns[m][(kh * filterWidth + kw) * inChannels + ci]`
 * is the gradient flowing to the input value that filter tap (kh, kw, ci) saw at output position m;
 * each is added into `dx` (which this function zeroes first). Used for the input gradient of strided
 * convolutions, after `columns = dy x filter^T` as one matrix product.
 */
export function addPatchesIntoImage(columns: Float32Array, g: ConvGeometry, dx: Float32Array): void {
  const { inHeight, inWidth, inChannels, outHeight, outWidth, filterHeight, filterWidth } = g;
  const { strideHeight, strideWidth, padTop, padLeft } = g;
  const patchSize = filterHeight * filterWidth * inChannels;
  dx.fill(0);
  for (let n = 0; n < g.batch; n++) {
    for (let oh = 0; oh < outHeight; oh++) {
      for (let kh = 0; kh < filterHeight; kh++) {
        const ih = oh * strideHeight - padTop + kh;
        if (ih < 0 || ih >= inHeight) continue;
        const imageRow = (n * inHeight + ih) * inWidth;
        for (let ow = 0; ow < outWidth; ow++) {
          const m = (n * outHeight + oh) * outWidth + ow;
          let src = m * patchSize + kh * filterWidth * inChannels;
          const iw0 = ow * strideWidth - padLeft;
          for (let kw = 0; kw < filterWidth; kw++, src += inChannels) {
            const iw = iw0 + kw;
            if (iw < 0 || iw >= inWidth) continue;
            const dst = (imageRow + iw) * inChannels;
            for (let ci = 0; ci < inChannels; ci++) dx[dst + ci] += columns[src + ci];
          }
        }
      }
    }
  }
}
