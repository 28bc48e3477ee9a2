// Identity for the wasm backend, Transpose when its permutation moves no data, and Cast to the same
// dtype, returning the input's data with one more reference instead of a copy, as the cpu and webgl
// backends do (and as the wasm backend's own Reshape does). The engine clones every tensor a gradient
// will need through Identity: on a detector step that was 210 copies, several of them megabytes of
// activations; the gradient of an embedding lookup transposes with identity permutations, copying
// the whole table; the ReLU gradient casts float32 to float32. Tensors are immutable and no kernel
// writes into its inputs, so sharing the data is safe.
//
// Cast between numeric dtypes keeps the shipped kernel's conversion (TypedArray.set) but copies the
// source out of the heap first: set between two views of the same buffer takes V8's overlap-safe
// path, about 20 ns an element (0.4 ms to cast 16k floats). Casts to bool test truthiness.
import type { tf } from '../tf';
import { asWasmBackend, byteOffsetOf, runWasmKernel, sizeOf, type KernelAttrs, type KernelInputs } from './wasm-backend';

interface CountedBackend {
  incRef(dataId: object): void;
}

function share(backend: unknown, x: tf.TensorInfo, shape: number[]): tf.TensorInfo {
  (backend as CountedBackend).incRef(x.dataId);
  return { dataId: x.dataId, shape, dtype: x.dtype };
}

export function sharedIdentity(args: { inputs: KernelInputs; backend: unknown; attrs?: KernelAttrs }): tf.TensorInfo {
  const backend = asWasmBackend(args.backend);
  const { x } = args.inputs as { x: tf.TensorInfo };
  if (x.dtype === 'string') return runWasmKernel(backend, 'Identity', args.inputs, args.attrs);
  return share(backend, x, [...x.shape]);
}

export function transposeSharingNoOps(args: { inputs: KernelInputs; backend: unknown; attrs?: KernelAttrs }): tf.TensorInfo {
  const backend = asWasmBackend(args.backend);
  const { x } = args.inputs as { x: tf.TensorInfo };
  const { perm } = args.attrs as { perm: number[] };
  // Axes of size one can move freely: the data order only depends on the others.
  const moved = perm.filter((axis) => x.shape[axis] !== 1);
  const inOrder = moved.every((axis, index) => index === 0 || axis > moved[index - 1]);
  if (!inOrder || x.dtype === 'string') return runWasmKernel(backend, 'Transpose', args.inputs, args.attrs);
  return share(backend, x, perm.map((axis) => x.shape[axis]));
}

const VIEWS = { float32: Float32Array, int32: Int32Array, bool: Uint8Array } as const;

export function castSharingSameType(args: { inputs: KernelInputs; backend: unknown; attrs?: KernelAttrs }): tf.TensorInfo {
  const backend = asWasmBackend(args.backend);
  const { x } = args.inputs as { x: tf.TensorInfo };
  const { dtype } = args.attrs as { dtype: tf.DataType };
  if (x.dtype === dtype && dtype !== 'string') return share(backend, x, [...x.shape]);
  if (!(x.dtype in VIEWS) || !(dtype in VIEWS)) return runWasmKernel(backend, 'Cast', args.inputs, args.attrs);
  const out = backend.makeOutput([...x.shape], dtype);
  const size = sizeOf(x.shape);
  const buffer = backend.wasm.HEAPU8.buffer as ArrayBuffer;
  const source = new VIEWS[x.dtype as keyof typeof VIEWS](buffer, byteOffsetOf(backend, x), size);
  const target = new VIEWS[dtype as keyof typeof VIEWS](buffer, byteOffsetOf(backend, out), size);
  if (dtype === 'bool') {
    // Truthiness, as on cpu; the shipped kernel's set() kept the low byte (5 stayed 5, -1 became 255).
    for (let i = 0; i < size; i++) target[i] = source[i] !== 0 ? 1 : 0;
  } else {
    target.set(source.slice());
  }
  return out;
}
