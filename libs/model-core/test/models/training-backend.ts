import { initRuntime } from '../../src/runtime/node';
import { resetRuntimeForTesting } from '../../src/runtime/runtime-state';
import { tf } from '../../src/tf';

/**
 * wasm when it has every kernel that training needs, else cpu. tfjs 4.22's wasm backend lacks
 * UnsortedSegmentSum (embedding gradients) and Conv2DBackpropFilter (conv gradients); once the
 * library registers them, these tests move to wasm by themselves.
 */
export async function initTrainingBackend(kernels: string[]): Promise<'wasm' | 'cpu'> {
  resetRuntimeForTesting();
  await initRuntime({ backend: 'wasm' });
  const missing = kernels.filter((kernel) => !tf.getKernel(kernel, 'wasm'));
  if (missing.length === 0) return 'wasm';
  resetRuntimeForTesting();
  const runtime = await initRuntime({ backend: 'cpu' });
  expect(runtime.backend).toBe('cpu');
  return 'cpu';
}

export const EMBEDDING_KERNELS = ['UnsortedSegmentSum'];
export const CONV_KERNELS = ['Conv2DBackpropFilter', 'Conv2DBackpropInput'];
