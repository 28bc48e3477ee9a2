// initRuntime registers the training kernels when it selects wasm, so models train there with no
// further call (a fresh test file: the kernel registry starts as TensorFlow.js ships it).
import { WASM_TRAINING_KERNELS } from '../../src/kernels';
import { initRuntime } from '../../src/runtime/node';
import { resetRuntimeForTesting } from '../../src/runtime/runtime-state';
import { tf } from '../../src/tf';

it('selecting wasm registers every training kernel, and conv2d gradients run', async () => {
  expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeUndefined();
  resetRuntimeForTesting();
  const runtime = await initRuntime({ backend: 'wasm' });
  expect(runtime.backend).toBe('wasm');
  for (const kernel of WASM_TRAINING_KERNELS) expect(tf.getKernel(kernel.kernelName, 'wasm')).toBeDefined();
  const gradient = tf.grad((filter: tf.Tensor) => tf.sum(tf.conv2d(tf.ones([1, 4, 4, 1]) as tf.Tensor4D, filter as tf.Tensor4D, 1, 'valid')))(
    tf.zeros([3, 3, 1, 1]),
  );
  // Each tap of a 3x3 filter sees four ones over the 2x2 output positions.
  expect(Array.from(gradient.dataSync())).toEqual(Array(9).fill(4));
});
