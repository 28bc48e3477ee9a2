import { measureLatency, measurePredictLatency, percentile, summarizeLatencies } from '../../src/card/latency';
import { measureModelSize } from '../../src/card/model-size';
import { initRuntime } from '../../src/runtime/node';
import { tf } from '../../src/tf';

beforeAll(async () => {
  expect((await initRuntime({ backend: 'wasm' })).backend).toBe('wasm');
});

describe('percentiles (linear interpolation, as numpy.percentile)', () => {
  it('matches values worked out by hand', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 4], 0.95)).toBeCloseTo(3.85, 12); // numpy.percentile([1,2,3,4], 95)
    expect(percentile([7], 0.99)).toBe(7);
    const summary = summarizeLatencies(Array.from({ length: 101 }, (_, index) => 100 - index));
    expect(summary).toMatchObject({ p50Ms: 50, p95Ms: 95, p99Ms: 99, minMs: 0, maxMs: 100, meanMs: 50, runs: 101 });
  });
});

describe('measureLatency', () => {
  it('times only the calls after the warm-up, on the given clock', async () => {
    // A fake clock: call k (0-based, warm-up included) takes k ms.
    let clock = 0;
    let calls = 0;
    const run = () => {
      clock += calls;
      calls += 1;
    };
    const summary = await measureLatency(run, { warmupRuns: 5, runs: 11, now: () => clock });
    expect(calls).toBe(16);
    // Timed durations are 5..15 ms.
    expect(summary).toMatchObject({ p50Ms: 10, minMs: 5, maxMs: 15, runs: 11, warmupRuns: 5 });
    expect(summary.p95Ms).toBeCloseTo(14.5, 12);
    expect(summary.p99Ms).toBeCloseTo(14.9, 12);
  });

  it('awaits async work inside the timing', async () => {
    const summary = await measureLatency(() => new Promise((resolve) => setTimeout(resolve, 5)), { warmupRuns: 1, runs: 3 });
    expect(summary.minMs).toBeGreaterThanOrEqual(4);
  });

  it('measures a model prediction without leaking tensors', async () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 1 })] });
    const input = tf.ones([1, 4]);
    const before = tf.memory().numTensors;
    const summary = await measurePredictLatency(model, input, { warmupRuns: 5, runs: 50 });
    expect(tf.memory().numTensors).toBe(before);
    expect(summary.p50Ms).toBeGreaterThan(0);
    expect(summary.p50Ms).toBeLessThanOrEqual(summary.p95Ms);
    expect(summary.p95Ms).toBeLessThanOrEqual(summary.p99Ms);
    tf.dispose([input]);
    model.dispose();
  });
});

describe('measureModelSize', () => {
  it('counts every weight, batch-norm statistics included, at 4 bytes each', () => {
    const model = tf.sequential({
      layers: [tf.layers.dense({ inputShape: [3], units: 5 }), tf.layers.batchNormalization(), tf.layers.dense({ units: 2 })],
    });
    // dense 3*5 + 5 = 20; batch norm gamma, beta (trainable) + moving mean, variance = 4 * 5; dense 5*2 + 2 = 12
    expect(measureModelSize(model)).toEqual({ parameters: 52, trainableParameters: 42, bytes: 208 });
    model.dispose();
  });
});
