// GatherV2 for the wasm backend, replacing the shipped kernel: it took 28 ms to gather 256 x 32
// embedding rows of 64 floats (about 50 ns per element copied), which made the lookup, not the
// arithmetic, the cost of an embedding model's step and of every shuffled training batch. Rows are
// copied here on the heap, out[b, o, j, :] = x[b, o, indices[b, j], :], by a wasm loop of
// memory.copy (see simd-module.ts), or by a TypeScript loop where the engine cannot run it.
import { tf } from '../tf';
import { simdLoopsFor } from './simd-module';
import {
  asWasmBackend,
  byteOffsetOf,
  bytesPerElement,
  i32View,
  sizeOf,
  type KernelAttrs,
  type KernelInputs,
} from './wasm-backend';

/** In TypeScript, copyWithin pays off only for long rows (it costs ~300 ns a call). */
const COPY_WITHIN_MIN_ROW_BYTES = 4096;

export function gatherV2(args: { inputs: KernelInputs; backend: unknown; attrs?: KernelAttrs }): tf.TensorInfo {
  const backend = asWasmBackend(args.backend);
  const { x, indices } = args.inputs as { x: tf.TensorInfo; indices: tf.TensorInfo };
  const { axis, batchDims } = args.attrs as { axis: number; batchDims: number };
  const parsedAxis = tf.util.parseAxisParam(axis, x.shape)[0];
  const info = tf.backend_util.segment_util.collectGatherOpShapeInfo(
    x as tf.TensorInfo & { shape: number[] },
    indices as tf.TensorInfo & { shape: number[] },
    parsedAxis,
    batchDims,
  );
  const elementBytes = bytesPerElement(x.dtype);
  const out = backend.makeOutput(info.outputShape, x.dtype);
  const indexCount = sizeOf(indices.shape);
  if (sizeOf(x.shape) === 0 || indexCount === 0) return out;

  const ids = i32View(backend, indices);
  const dimSize = info.dimSize;
  const loops = simdLoopsFor(backend.wasm.asm?.memory);
  const invalid = loops ? loops.firstInvalidId(byteOffsetOf(backend, indices), indexCount, dimSize) : ids.findIndex((id) => !(id >= 0 && id < dimSize));
  if (invalid >= 0) {
    backend.disposeData(out.dataId);
    // The same message as TensorFlow.js's own kernels, so callers see one error whatever the backend.
    throw new Error(`GatherV2: the index value ${ids[invalid]} is not in [0, ${dimSize - 1}]`);
  }

  const perBatch = indexCount / info.batchSize;
  const rowBytes = info.sliceSize * elementBytes;
  if (loops && rowBytes % 4 === 0) {
    const table = byteOffsetOf(backend, x);
    const idStart = byteOffsetOf(backend, indices);
    let target = byteOffsetOf(backend, out);
    for (let b = 0; b < info.batchSize; b++) {
      for (let o = 0; o < info.outerSize; o++) {
        loops.copyRows(table + (b * info.outerSize + o) * dimSize * rowBytes, idStart + b * perBatch * 4, perBatch, rowBytes, target);
        target += perBatch * rowBytes;
      }
    }
    return out;
  }
  const heap = backend.wasm.HEAPU8;
  const words = backend.wasm.HEAP32;
  const xStart = byteOffsetOf(backend, x);
  const outStart = byteOffsetOf(backend, out);
  const wordRows = elementBytes === 4 && rowBytes < COPY_WITHIN_MIN_ROW_BYTES;
  let target = outStart;
  for (let b = 0; b < info.batchSize; b++) {
    for (let o = 0; o < info.outerSize; o++) {
      const block = xStart + ((b * info.outerSize + o) * dimSize) * rowBytes;
      for (let j = 0; j < perBatch; j++, target += rowBytes) {
        const source = block + ids[b * perBatch + j] * rowBytes;
        if (wordRows) {
          const from = source >>> 2;
          const to = target >>> 2;
          for (let k = 0; k < info.sliceSize; k++) words[to + k] = words[from + k];
        } else {
          heap.copyWithin(target, source, source + rowBytes);
        }
      }
    }
  }
  return out;
}
