// UnsortedSegmentSum for the wasm backend, which does not ship one. It is the gradient of gather
// (every embedding lookup), so it runs once per embedding table per training step. A scatter-add
// over the heap (a SIMD wasm loop, see simd-module.ts, or a TypeScript one) touches each row of `x` once; the one-hot matrix product it could also be written as
// would cost numSegments times more (20k x batch x dim multiply-adds for a 20k-word vocabulary).
// Ids outside [0, numSegments) are dropped, as in TensorFlow.
import type { tf } from '../tf';
import { simdLoopsFor } from './simd-module';
import { asWasmBackend, byteOffsetOf, i32View, numericView, sizeOf, type KernelAttrs, type KernelInputs } from './wasm-backend';

export function unsortedSegmentSum(args: { inputs: KernelInputs; backend: unknown; attrs?: KernelAttrs }): tf.TensorInfo {
  const backend = asWasmBackend(args.backend);
  const { x, segmentIds } = args.inputs as { x: tf.TensorInfo; segmentIds: tf.TensorInfo };
  const numSegments = (args.attrs as { numSegments: number }).numSegments;
  if (segmentIds.dtype !== 'int32') throw new Error(`UnsortedSegmentSum needs int32 segment ids, not ${segmentIds.dtype}`);
  const idCount = sizeOf(segmentIds.shape);
  const rowShape = x.shape.slice(segmentIds.shape.length);
  const rowSize = sizeOf(rowShape);
  if (idCount * rowSize !== sizeOf(x.shape)) {
    throw new Error(`UnsortedSegmentSum: segment ids of shape [${segmentIds.shape}] do not prefix x of shape [${x.shape}]`);
  }

  const out = backend.makeOutput([numSegments, ...rowShape], x.dtype);
  const loops = x.dtype === 'float32' ? simdLoopsFor(backend.wasm.asm?.memory) : null;
  if (loops) {
    loops.segmentSum(byteOffsetOf(backend, x), byteOffsetOf(backend, segmentIds), idCount, rowSize, byteOffsetOf(backend, out), numSegments);
    return out;
  }
  const values = numericView(backend, x);
  const ids = i32View(backend, segmentIds);
  const sums = numericView(backend, out);
  sums.fill(0);
  for (let i = 0; i < idCount; i++) {
    const segment = ids[i];
    if (segment < 0 || segment >= numSegments) continue;
    const to = segment * rowSize;
    const from = i * rowSize;
    for (let j = 0; j < rowSize; j++) sums[to + j] += values[from + j];
  }
  return out;
}
