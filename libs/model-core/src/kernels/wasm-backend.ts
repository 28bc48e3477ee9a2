// Typed access to the parts of the TensorFlow.js wasm backend that the training kernels need: its
// heap (kernels written in TypeScript read and write tensors in place, with no copy), its allocator,
// and the kernels it already runs fast. The type is structural on purpose: the package's own class
// declares these members, but importing it at run time would pull the wasm backend into every bundle
// that imports model-core.
import { tf } from '../tf';

type DataId = object;

interface WasmTensorData {
  memoryOffset: number;
  shape: number[];
  dtype: tf.DataType;
}

export interface WasmBackend {
  wasm: { HEAPF32: Float32Array; HEAP32: Int32Array; HEAPU8: Uint8Array; asm?: { memory?: WebAssembly.Memory } };
  dataIdMap: { get(dataId: DataId): WasmTensorData | undefined };
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  disposeData(dataId: DataId, force?: boolean): boolean;
}

export type KernelInputs = Record<string, tf.TensorInfo | undefined>;
export type KernelAttrs = Record<string, unknown>;

export function asWasmBackend(backend: unknown): WasmBackend {
  const candidate = backend as Partial<WasmBackend> | null;
  if (!candidate?.wasm?.HEAPF32 || !candidate.dataIdMap || !candidate.makeOutput) {
    throw new Error('a wasm training kernel ran on a backend that is not the TensorFlow.js wasm backend');
  }
  return candidate as WasmBackend;
}

function offsetOf(backend: WasmBackend, info: tf.TensorInfo): number {
  const data = backend.dataIdMap.get(info.dataId);
  if (!data) throw new Error('tensor data is not on the wasm backend (disposed, or from another backend)');
  return data.memoryOffset;
}

/**
 * A float32 view of a tensor's data inside the wasm heap. Take views only after the last allocation
 * of a kernel: an allocation may grow the heap, which detaches every view taken before it.
 */
export function f32View(backend: WasmBackend, info: tf.TensorInfo): Float32Array {
  const start = offsetOf(backend, info) >>> 2;
  return backend.wasm.HEAPF32.subarray(start, start + sizeOf(info.shape));
}

/** An int32 view of a tensor's data inside the wasm heap (same caveat as f32View). */
export function i32View(backend: WasmBackend, info: tf.TensorInfo): Int32Array {
  const start = offsetOf(backend, info) >>> 2;
  return backend.wasm.HEAP32.subarray(start, start + sizeOf(info.shape));
}

/** A typed view matching the tensor's dtype; bool tensors are stored as bytes and are not expected. */
export function numericView(backend: WasmBackend, info: tf.TensorInfo): Float32Array | Int32Array {
  if (info.dtype === 'float32') return f32View(backend, info);
  if (info.dtype === 'int32') return i32View(backend, info);
  throw new Error(`wasm training kernels read float32 or int32 tensors, not ${info.dtype}`);
}

/** Where a tensor's data starts in the wasm heap, in bytes. */
export function byteOffsetOf(backend: WasmBackend, info: tf.TensorInfo): number {
  return offsetOf(backend, info);
}

/** Bytes per element as the wasm backend stores them (bool as one byte). */
export function bytesPerElement(dtype: tf.DataType): number {
  if (dtype === 'float32' || dtype === 'int32') return 4;
  if (dtype === 'bool') return 1;
  throw new Error(`wasm training kernels do not move ${dtype} tensors`);
}

export function sizeOf(shape: readonly number[]): number {
  let size = 1;
  for (const dim of shape) size *= dim;
  return size;
}

/** The same data under another shape (no copy, no reference taken: never dispose a view). */
export function reshaped(info: tf.TensorInfo, shape: number[]): tf.TensorInfo {
  return { dataId: info.dataId, shape, dtype: info.dtype };
}

export function release(backend: WasmBackend, ...infos: tf.TensorInfo[]): void {
  for (const info of infos) backend.disposeData(info.dataId);
}

/**
 * The wasm kernels that existed before the training kernels were registered, so that an override
 * (BatchMatMul, Conv2DBackpropInput) can still call the implementation it replaces.
 */
const originalKernels = new Map<string, tf.KernelConfig>();

export function rememberOriginalKernel(config: tf.KernelConfig): void {
  if (!originalKernels.has(config.kernelName)) originalKernels.set(config.kernelName, config);
}

/** Runs a wasm kernel directly (no engine bookkeeping); the caller owns and releases the output. */
export function runWasmKernel(
  backend: WasmBackend,
  kernelName: string,
  inputs: KernelInputs,
  attrs: KernelAttrs = {},
): tf.TensorInfo {
  const config = originalKernels.get(kernelName) ?? tf.getKernel(kernelName, 'wasm');
  if (!config) throw new Error(`the wasm backend has no '${kernelName}' kernel`);
  const output = config.kernelFunc({
    inputs: inputs as tf.NamedTensorInfoMap,
    attrs: attrs as tf.NamedAttrMap,
    backend: backend as unknown as tf.KernelBackend,
  });
  if (Array.isArray(output)) throw new Error(`the wasm '${kernelName}' kernel returned several outputs`);
  return output;
}
