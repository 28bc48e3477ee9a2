// Explanations agree across backends: the same model and input on wasm and on cpu give the same
// integrated gradients and occlusion map up to float rounding.
import { initRuntime } from '../../src/runtime/node';
import { resetRuntimeForTesting } from '../../src/runtime/runtime-state';
import { tf } from '../../src/tf';
import { integratedGradients, occlusionSaliency } from '../../src/explain';

const results = new Map<string, { attributions: number[]; heat: number[] }>();

describe.each(['wasm', 'cpu'] as const)('on the %s backend', (backend) => {
  it('explains a seeded MLP and a seeded convolution', async () => {
    resetRuntimeForTesting();
    await initRuntime({ backend });
    expect(tf.getBackend()).toBe(backend);
    const mlp = tf.sequential();
    mlp.add(tf.layers.dense({ inputShape: [4], units: 8, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 5 }) }));
    mlp.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: 6 }) }));
    const { attributions } = integratedGradients(mlp, [0.3, -1.2, 2, 0.5], { steps: 32 });
    const cnn = tf.sequential();
    cnn.add(tf.layers.conv2d({ inputShape: [8, 8, 1], filters: 2, kernelSize: 3, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 7 }) }));
    cnn.add(tf.layers.globalAveragePooling2d({}));
    cnn.add(tf.layers.dense({ units: 1, kernelInitializer: tf.initializers.glorotUniform({ seed: 8 }) }));
    const image = Array.from({ length: 8 }, (_, y) => Array.from({ length: 8 }, (__, x) => [Math.sin(x + 2 * y)]));
    const { heatmap } = occlusionSaliency(cnn, image, { patchSize: 2 });
    results.set(backend, { attributions, heat: heatmap.flat() });
    mlp.dispose();
    cnn.dispose();
  });
});

it('gives the same explanations on wasm and cpu', () => {
  const wasm = results.get('wasm');
  const cpu = results.get('cpu');
  expect(wasm && cpu).toBeTruthy();
  wasm?.attributions.forEach((value, index) => expect(value).toBeCloseTo(cpu?.attributions[index] ?? Number.NaN, 5));
  wasm?.heat.forEach((value, index) => expect(value).toBeCloseTo(cpu?.heat[index] ?? Number.NaN, 5));
  expect(wasm?.attributions.some((value) => Math.abs(value) > 1e-3)).toBe(true);
});
