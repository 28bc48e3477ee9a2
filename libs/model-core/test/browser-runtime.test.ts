// The browser entry, exercised in Node: there is no DOM and no webgpu package, so the order must
// skip webgpu and webgl with their reasons and settle on wasm, exactly as in a browser without a GPU.
import { initRuntime } from '../src/runtime/browser';
import { tf } from '../src/tf';

it('skips webgpu (package absent) and webgl (not registered), then runs wasm', async () => {
  const runtime = await initRuntime();
  expect(runtime.platform).toBe('browser');
  expect(runtime.backend).toBe('wasm');
  expect(tf.getBackend()).toBe('wasm');
  expect(runtime.skipped).toEqual([
    { backend: 'webgpu', reason: expect.stringMatching(/tfjs-backend-webgpu is not installed/) },
    { backend: 'webgl', reason: "no 'webgl' backend is registered with TensorFlow.js" },
  ]);
});
