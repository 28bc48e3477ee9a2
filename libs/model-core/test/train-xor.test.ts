// Trains the same seeded model on the wasm and the cpu backends in one process. tfjs can switch
// backends with setBackend; the runtime is reset between the two so each run goes through
// initRuntime and its asserted backend.
import { initRuntime } from '../src/runtime/node';
import { resetRuntimeForTesting } from '../src/runtime/runtime-state';
import { tf } from '../src/tf';
import { splitAt, xorDataset } from './fixtures/xor-dataset';
import { accuracyOf, buildXorModel, trainXorModel } from './fixtures/xor-model';

const { train, test } = splitAt(xorDataset(400, 2024), 300);
const EPOCHS = 60;
const finalAccuracy = new Map<string, number>();

describe.each(['wasm', 'cpu'] as const)('a seeded 2-16-1 net on the %s backend', (backend) => {
  it('goes from chance to >= 0.95 held-out accuracy on XOR-like data', async () => {
    resetRuntimeForTesting();
    const runtime = await initRuntime({ backend });
    expect(runtime.backend).toBe(backend);
    expect(tf.getBackend()).toBe(backend);

    const model = buildXorModel();
    const untrained = accuracyOf(model, test);
    const started = performance.now();
    await trainXorModel(model, train, EPOCHS);
    const seconds = (performance.now() - started) / 1000;
    const trained = accuracyOf(model, test);
    model.dispose();

    console.info(`${backend}: untrained ${untrained.toFixed(2)}, trained ${trained.toFixed(2)}, ${seconds.toFixed(2)} s`);
    // The untrained net must be far from the target, or the threshold below could not fail.
    expect(untrained).toBeLessThan(0.8);
    expect(trained).toBeGreaterThanOrEqual(0.95);
    finalAccuracy.set(backend, trained);
  });
});

it('reaches the same held-out accuracy on wasm and cpu', () => {
  const wasm = finalAccuracy.get('wasm');
  const cpu = finalAccuracy.get('cpu');
  expect(wasm).toBeDefined();
  expect(cpu).toBeDefined();
  // The same seeds and data give the same model up to float rounding in the kernels: at most one of
  // the 100 held-out points may flip.
  expect(Math.abs((wasm ?? 0) - (cpu ?? 0))).toBeLessThanOrEqual(0.01);
});
