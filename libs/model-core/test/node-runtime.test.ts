// Backend selection in Node, where the native backend is an optional package that may be absent.
import { requireFromWorkingDirectory } from '../src/runtime/native-tensorflow-candidate';
import { describeRuntime, initRuntime } from '../src/runtime/node';
import { resetRuntimeForTesting } from '../src/runtime/runtime-state';
import { tf } from '../src/tf';

const FORCE = 'ATLAS_TF_BACKEND';

function nativeBackendLoads(): boolean {
  try {
    requireFromWorkingDirectory()('@tensorflow/tfjs-node');
    return true;
  } catch {
    return false;
  }
}

beforeEach(() => {
  delete process.env[FORCE];
  resetRuntimeForTesting();
});
afterAll(() => {
  delete process.env[FORCE];
});

describe('initRuntime in Node', () => {
  it('reports nothing before it has run', () => {
    expect(describeRuntime()).toBeNull();
  });

  it('takes the first backend that loads and asserts it against tfjs', async () => {
    const runtime = await initRuntime();
    expect(runtime.platform).toBe('node');
    expect(runtime.forced).toBe(false);
    expect(runtime.backend).toBe(tf.getBackend());
    expect(runtime.tfjsVersion).toBe(tf.version.tfjs);
    expect(describeRuntime()).toBe(runtime);
    console.info(`auto-selected backend: ${JSON.stringify(runtime)}`);
  });

  (nativeBackendLoads() ? it.skip : it)('skips tensorflow with a reason when the native package is absent', async () => {
    const runtime = await initRuntime();
    expect(runtime.backend).toBe('wasm');
    const tensorflow = runtime.skipped.find((entry) => entry.backend === 'tensorflow');
    expect(tensorflow?.reason).toMatch(/@tensorflow\/tfjs-node-gpu: .+; @tensorflow\/tfjs-node: .+/);
  });

  it('records how wasm runs: SIMD on, threads off in Node and why', async () => {
    const runtime = await initRuntime({ backend: 'wasm' });
    expect(runtime.wasm).toEqual({
      simd: true,
      threads: false,
      threadCount: expect.any(Number),
      threadsOffReason: expect.stringMatching(/threads off in Node/),
    });
  });

  it.each(['wasm', 'cpu'] as const)('is forced to %s by ATLAS_TF_BACKEND', async (backend) => {
    process.env[FORCE] = backend;
    const runtime = await initRuntime();
    expect(runtime).toMatchObject({ backend, forced: true, skipped: [] });
    expect(tf.getBackend()).toBe(backend);
  });

  it.each(['wasm', 'cpu'] as const)('is forced to %s by the backend option, which wins over the variable', async (backend) => {
    process.env[FORCE] = backend === 'cpu' ? 'wasm' : 'cpu';
    const runtime = await initRuntime({ backend });
    expect(runtime).toMatchObject({ backend, forced: true });
    expect(tf.getBackend()).toBe(backend);
  });

  it('rejects an unknown forced name and lists the valid ones', async () => {
    process.env[FORCE] = 'gpu';
    await expect(initRuntime()).rejects.toThrow(
      "Unknown TensorFlow.js backend 'gpu' (from ATLAS_TF_BACKEND); valid names: tensorflow, wasm, cpu, webgl, webgpu",
    );
  });

  it('rejects a browser backend forced in Node', async () => {
    process.env[FORCE] = 'webgl';
    await expect(initRuntime()).rejects.toThrow(/forces the 'webgl' backend, which cannot load on node; node backends: tensorflow, wasm, cpu/);
  });

  (nativeBackendLoads() ? it.skip : it)('fails clearly when the forced backend cannot load', async () => {
    process.env[FORCE] = 'tensorflow';
    await expect(initRuntime()).rejects.toThrow(/ATLAS_TF_BACKEND forces the 'tensorflow' backend, but it could not load: .*tfjs-node/);
    // A failed start is forgotten: fixing the variable and retrying works.
    process.env[FORCE] = 'cpu';
    await expect(initRuntime()).resolves.toMatchObject({ backend: 'cpu' });
  });

  it('gives concurrent callers one shared result', async () => {
    const results = await Promise.all([initRuntime(), initRuntime(), initRuntime({ backend: 'wasm' }), initRuntime()]);
    for (const result of results) expect(result).toBe(results[0]);
    expect(describeRuntime()).toBe(results[0]);
    // A later call is answered from the same initialisation.
    await expect(initRuntime()).resolves.toBe(results[0]);
  });

  it('refuses to switch a running runtime to another backend', async () => {
    await initRuntime({ backend: 'wasm' });
    await expect(initRuntime({ backend: 'cpu' })).rejects.toThrow(/already runs the 'wasm' backend; 'cpu' was requested/);
  });
});
