// The fused Adam update on wasm against the update TensorFlow.js composes from elementwise ops: the
// same weights bit for bit after several steps, the same optimizer state, and the cpu backend's
// result within float tolerance.
import { FUSED_ADAM_KERNEL } from '../../src/kernels/fused-adam';
import { setSimdLoopsEnabled } from '../../src/kernels/simd-module';
import { tf } from '../../src/tf';
import { relativeError, runOn, seededValues, useBackend } from './backends';

// The last shape is above FUSED_ADAM_MAX_ELEMENTS, so the composed path inside the wrapper is covered too.
const SHAPES = [[40, 7], [7], [3, 3, 2, 4], [160, 160]];

/** Five Adam steps on fixed gradients; returns the variables, both moments and the step count. */
function adamSteps(): tf.Tensor[] {
  const variables = SHAPES.map((shape, i) => tf.variable(tf.tensor(seededValues(shape.reduce((a, b) => a * b, 1), 10 + i), shape)));
  const optimizer = tf.train.adam(0.01);
  for (let step = 0; step < 5; step++) {
    const gradients = variables.map((variable, i) => ({
      name: variable.name,
      tensor: tf.tensor(seededValues(variable.size, 100 * step + i), variable.shape),
    }));
    optimizer.applyGradients(gradients);
    tf.dispose(gradients.map((entry) => entry.tensor));
  }
  const internals = optimizer as unknown as { accumulatedFirstMoment: { variable: tf.Variable }[]; accumulatedSecondMoment: { variable: tf.Variable }[] };
  const state = [
    ...variables.map((variable) => variable.clone()),
    ...internals.accumulatedFirstMoment.map((entry) => entry.variable.clone()),
    ...internals.accumulatedSecondMoment.map((entry) => entry.variable.clone()),
    tf.scalar(optimizer.iterations),
  ];
  optimizer.dispose();
  tf.dispose(variables);
  return state;
}

/** Runs on wasm with the fused kernel unregistered, so AdamOptimizer takes its shipped path. */
async function withoutFusedKernel<T>(run: () => Promise<T>): Promise<T> {
  await useBackend('wasm');
  const config = tf.getKernel(FUSED_ADAM_KERNEL, 'wasm');
  if (!config) throw new Error('the fused Adam kernel is not registered');
  tf.unregisterKernel(FUSED_ADAM_KERNEL, 'wasm');
  try {
    return await run();
  } finally {
    tf.registerKernel(config);
  }
}

it.each([
  ['the SIMD loop', true],
  ['the TypeScript loop (engines without wasm SIMD)', false],
])('gives the same weights and optimizer state, bit for bit, as the composed update on wasm: %s', async (_, simd) => {
  setSimdLoopsEnabled(simd);
  try {
    const fused = await runOn('wasm', adamSteps);
    const composed = await withoutFusedKernel(() => runOn('wasm', adamSteps));
    expect(fused.length).toBe(3 * SHAPES.length + 1);
    fused.forEach((values, i) => expect(Array.from(values)).toEqual(Array.from(composed[i])));
    expect(fused[fused.length - 1][0]).toBe(5);
  } finally {
    setSimdLoopsEnabled(true);
  }
});

it('runs one kernel per variable instead of the composed ops', async () => {
  await useBackend('wasm');
  const variable = tf.variable(tf.ones([4, 4]));
  const optimizer = tf.train.adam(0.1);
  const gradient = tf.fill([4, 4], 0.5);
  const profile = await tf.profile(() => optimizer.applyGradients([{ name: variable.name, tensor: gradient }]));
  const names = profile.kernels.map((kernel) => kernel.name);
  expect(names.filter((name) => name === FUSED_ADAM_KERNEL)).toHaveLength(1);
  expect(names).not.toContain('Sqrt');
  // A first Adam step with a constant gradient moves every weight by the learning rate, against the gradient.
  expect(Array.from(variable.dataSync()).every((value) => Math.abs(value - 0.9) < 1e-5)).toBe(true);
  tf.dispose([variable, gradient]);
  optimizer.dispose();
});

it('agrees with the cpu backend within float tolerance', async () => {
  const wasm = await runOn('wasm', adamSteps);
  const cpu = await runOn('cpu', adamSteps);
  wasm.forEach((values, i) => expect(relativeError(values, cpu[i])).toBeLessThan(1e-5));
});
