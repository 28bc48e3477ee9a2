// A long serving run must not leak: 100,000 predictions through the coalescer (as the apps serve them,
// 64 requests in flight) leave tf.memory().numTensors where it was after warm-up, and the process RSS
// within 10% of its warm value. ATLAS_TEST_LONG=1 runs a million.
import { createCoalescer } from '../../src/serving/coalescer';
import { predictRows } from '../../src/serving/predict-rows';
import { initRuntime } from '../../src/runtime/node';
import { tf } from '../../src/tf';
import { createSeededRandom } from '../../src/seeded-random';

const PREDICTIONS = process.env.ATLAS_TEST_LONG === '1' ? 1_000_000 : 100_000;
const IN_FLIGHT = 64;
const FEATURES = 24;

/** A credit-risk-sized MLP: 24 features -> 32 -> 16 -> 1. */
function tabularModel(): tf.LayersModel {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [FEATURES], units: 32, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }));
  model.add(tf.layers.dense({ units: 16, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) }));
  return model;
}

async function serve(count: number, predict: (row: number[]) => Promise<number>, random: () => number): Promise<void> {
  for (let done = 0; done < count; done += IN_FLIGHT) {
    const wave = Array.from({ length: Math.min(IN_FLIGHT, count - done) }, () => predict(Array.from({ length: FEATURES }, random)));
    for (const p of await Promise.all(wave)) if (!(p > 0 && p < 1)) throw new Error(`prediction ${p} is not a probability`);
  }
}

const settle = async () => {
  // Let finished batches' promises and timers go, then collect when the runtime allows it.
  await new Promise((resolve) => setTimeout(resolve, 50));
  (globalThis as { gc?: () => void }).gc?.();
};

it(`serves ${PREDICTIONS.toLocaleString('en')} predictions with no tensor left behind and flat RSS`, async () => {
  const runtime = await initRuntime();
  const model = tabularModel();
  const coalescer = createCoalescer<number[], number>({ runBatch: (rows) => predictRows(model, rows).map((out) => out[0]) });
  const random = createSeededRandom(11);

  await serve(5_000, (row) => coalescer.predict(row), random); // warm-up: kernels, caches, heap
  await settle();
  const tensorsWarm = tf.memory().numTensors;
  const rssWarm = process.memoryUsage().rss;
  const started = performance.now();

  await serve(PREDICTIONS, (row) => coalescer.predict(row), random);
  await coalescer.flush();
  await settle();
  const seconds = (performance.now() - started) / 1000;
  const rss = process.memoryUsage().rss;
  const stats = coalescer.stats();
  console.log(
    `${PREDICTIONS} predictions on ${runtime.backend} in ${seconds.toFixed(1)} s (${Math.round(PREDICTIONS / seconds)}/s, ` +
      `${stats.batches} batches, largest ${stats.largestBatch}); RSS ${(rssWarm / 2 ** 20).toFixed(0)} -> ${(rss / 2 ** 20).toFixed(0)} MiB`,
  );

  expect(tf.memory().numTensors).toBe(tensorsWarm);
  expect(Math.abs(rss - rssWarm) / rssWarm).toBeLessThan(0.1);
  expect(stats.largestBatch).toBe(32);
  model.dispose();
});
