// DP-SGD's clipped gradient sums agree across backends (noise aside, which is generated in
// JavaScript and identical for a given seed).
import { initRuntime } from '../../src/runtime/node';
import { resetRuntimeForTesting } from '../../src/runtime/runtime-state';
import { tf } from '../../src/tf';
import { createDpSgdStep } from '../../src/privacy';

const weightsAfter = new Map<string, number[]>();

describe.each(['wasm', 'cpu'] as const)('on the %s backend', (backend) => {
  it('takes seeded DP-SGD steps', async () => {
    resetRuntimeForTesting();
    await initRuntime({ backend });
    expect(tf.getBackend()).toBe(backend);
    const model = tf.sequential();
    model.add(tf.layers.dense({ inputShape: [3], units: 5, activation: 'tanh', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }));
    model.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }));
    const x = tf.tensor2d([[1, 0, -1], [0.5, 2, 0], [-1, -1, 1], [2, 0.1, 0.3]]);
    const y = tf.tensor2d([[1], [0], [0], [1]]);
    for (const strategy of ['loop', 'dense-vectorized'] as const) {
      const step = createDpSgdStep(model, {
        lossFn: (yTrue, yPred) => tf.metrics.binaryCrossentropy(yTrue, yPred),
        optimizer: tf.train.sgd(0.5),
        l2NormClip: 0.5,
        noiseMultiplier: 0.8,
        expectedBatchSize: 4,
        strategy,
        seed: 3,
      });
      step(x, y);
    }
    weightsAfter.set(backend, model.getWeights().flatMap((weight) => Array.from(weight.dataSync())));
    tf.dispose([x, y]);
    model.dispose();
  });
});

it('ends with the same weights on wasm and cpu', () => {
  const wasm = weightsAfter.get('wasm') ?? [];
  const cpu = weightsAfter.get('cpu') ?? [];
  expect(wasm).toHaveLength(26);
  wasm.forEach((value, index) => expect(value).toBeCloseTo(cpu[index], 5));
});
