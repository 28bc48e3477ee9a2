// The request coalescer: batches concurrent predictions with a bounded wait and size, keeps order,
// isolates a failing input, and answers exactly what unbatched predictions answer.
import { createCoalescer } from '../../src/serving/coalescer';
import { predictRows } from '../../src/serving/predict-rows';
import { initRuntime } from '../../src/runtime/node';
import { tf } from '../../src/tf';
import { createSeededRandom } from '../../src/seeded-random';
import { buildXorModel } from '../fixtures/xor-model';

/** A runBatch that records each call and doubles its inputs; negative inputs break the whole call. */
function recordingBatch() {
  const calls: number[][] = [];
  const runBatch = (inputs: readonly number[]) => {
    calls.push([...inputs]);
    if (inputs.some((x) => x < 0)) throw new Error(`negative input in ${inputs.join(',')}`);
    return inputs.map((x) => x * 2);
  };
  return { calls, runBatch };
}

describe('createCoalescer (fake timers)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('answers concurrent predictions with one batch call, in order', async () => {
    const { calls, runBatch } = recordingBatch();
    const coalescer = createCoalescer({ runBatch, maxWaitMs: 2 });
    const answers = Promise.all([3, 1, 4, 1, 5].map((x) => coalescer.predict(x)));
    jest.advanceTimersByTime(2);
    await expect(answers).resolves.toEqual([6, 2, 8, 2, 10]);
    expect(calls).toEqual([[3, 1, 4, 1, 5]]);
    expect(coalescer.stats()).toEqual({ requests: 5, batches: 1, largestBatch: 5, isolatedBatches: 0 });
  });

  it('waits no longer than maxWaitMs after the first request of a batch', async () => {
    const { calls, runBatch } = recordingBatch();
    const coalescer = createCoalescer({ runBatch, maxWaitMs: 2, eagerWhenIdle: false });
    const first = coalescer.predict(1);
    jest.advanceTimersByTime(1);
    const second = coalescer.predict(2); // joins the open batch; does not restart its clock
    jest.advanceTimersByTime(0.9);
    expect(calls).toEqual([]);
    expect(coalescer.waiting).toBe(2);
    jest.advanceTimersByTime(0.1);
    expect(calls).toEqual([[1, 2]]);
    await expect(Promise.all([first, second])).resolves.toEqual([2, 4]);
    // A request after the batch ran opens a new one with its own 2 ms.
    const third = coalescer.predict(3);
    jest.advanceTimersByTime(1.9);
    expect(calls).toHaveLength(1);
    jest.advanceTimersByTime(0.1);
    await expect(third).resolves.toBe(6);
    expect(calls).toEqual([[1, 2], [3]]);
  });

  it('runs a request that follows a quiet spell on the next tick, and waits again under traffic', async () => {
    const { calls, runBatch } = recordingBatch();
    const coalescer = createCoalescer({ runBatch, maxWaitMs: 2 });
    const lone = coalescer.predict(1);
    expect(calls).toEqual([]);
    jest.advanceTimersByTime(0); // the next turn of the event loop, no waiting
    expect(calls).toEqual([[1]]);
    await expect(lone).resolves.toBe(2);
    // 1 ms after the last arrival: traffic, so the batch waits its 2 ms for more.
    jest.advanceTimersByTime(1);
    const busy = [coalescer.predict(2), coalescer.predict(3)];
    jest.advanceTimersByTime(1.9);
    expect(calls).toEqual([[1]]);
    jest.advanceTimersByTime(0.1);
    expect(calls).toEqual([[1], [2, 3]]);
    await expect(Promise.all(busy)).resolves.toEqual([4, 6]);
    // Quiet again for longer than maxWaitMs: the next request goes at once.
    jest.advanceTimersByTime(5);
    const later = coalescer.predict(4);
    jest.advanceTimersByTime(0);
    expect(calls).toEqual([[1], [2, 3], [4]]);
    await expect(later).resolves.toBe(8);
  });

  it('runs a full batch at once and never exceeds maxBatch', async () => {
    const { calls, runBatch } = recordingBatch();
    const coalescer = createCoalescer({ runBatch, maxBatch: 4, maxWaitMs: 2 });
    const inputs = Array.from({ length: 10 }, (_, i) => i);
    const answers = Promise.all(inputs.map((x) => coalescer.predict(x)));
    // Two full batches ran without waiting; the last two wait for the timer.
    expect(calls).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]);
    jest.advanceTimersByTime(2);
    await expect(answers).resolves.toEqual(inputs.map((x) => x * 2));
    expect(calls).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
    expect(Math.max(...calls.map((c) => c.length))).toBe(4);
  });

  it('fails only the input that breaks a batch', async () => {
    const { calls, runBatch } = recordingBatch();
    const coalescer = createCoalescer({ runBatch });
    const settled = Promise.allSettled([1, -1, 2].map((x) => coalescer.predict(x)));
    jest.advanceTimersByTime(2);
    const [a, b, c] = await settled;
    expect(a).toEqual({ status: 'fulfilled', value: 2 });
    expect(b).toMatchObject({ status: 'rejected', reason: new Error('negative input in -1') });
    expect(c).toEqual({ status: 'fulfilled', value: 4 });
    expect(calls).toEqual([[1, -1, 2], [1], [-1], [2]]);
    expect(coalescer.stats().isolatedBatches).toBe(1);
  });

  it('rejects when runBatch answers the wrong number of outputs', async () => {
    const coalescer = createCoalescer<number, number>({ runBatch: () => [] });
    const settled = Promise.allSettled([coalescer.predict(1), coalescer.predict(2)]);
    jest.advanceTimersByTime(2);
    for (const result of await settled) expect(result).toMatchObject({ status: 'rejected', reason: new Error('runBatch answered 0 outputs for 1 inputs') });
  });

  it('flush runs the waiting batch without waiting for the clock', async () => {
    const { calls, runBatch } = recordingBatch();
    const coalescer = createCoalescer({ runBatch, maxWaitMs: 1000 });
    const answer = coalescer.predict(7);
    await coalescer.flush();
    await expect(answer).resolves.toBe(14);
    expect(calls).toEqual([[7]]);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('waits for an asynchronous runBatch and keeps batching meanwhile', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const calls: number[][] = [];
    const coalescer = createCoalescer<number, number>({
      maxBatch: 2,
      runBatch: async (inputs) => {
        calls.push([...inputs]);
        await gate;
        return inputs.map((x) => -x);
      },
    });
    const answers = Promise.all([1, 2, 3, 4].map((x) => coalescer.predict(x)));
    expect(calls).toEqual([[1, 2], [3, 4]]);
    release();
    await expect(answers).resolves.toEqual([-1, -2, -3, -4]);
  });

  it('refuses a batch size or wait that makes no sense', () => {
    const runBatch = (xs: readonly number[]) => xs;
    expect(() => createCoalescer({ runBatch, maxBatch: 0 })).toThrow(/maxBatch/);
    expect(() => createCoalescer({ runBatch, maxBatch: 2.5 })).toThrow(/maxBatch/);
    expect(() => createCoalescer({ runBatch, maxWaitMs: -1 })).toThrow(/maxWaitMs/);
    expect(() => createCoalescer({ runBatch, maxWaitMs: Number.NaN })).toThrow(/maxWaitMs/);
  });
});

describe('createCoalescer over a TensorFlow.js model', () => {
  it('answers what unbatched predictions answer, and frees every tensor', async () => {
    await initRuntime({ backend: 'cpu' });
    const model = buildXorModel();
    const random = createSeededRandom(3);
    const points = Array.from({ length: 200 }, () => [random() * 2 - 1, random() * 2 - 1]);
    const unbatched = points.map((p) => predictRows(model, [p])[0][0]);

    const calls: number[] = [];
    const coalescer = createCoalescer<number[], number>({
      maxBatch: 16,
      runBatch: (rows) => {
        calls.push(rows.length);
        return predictRows(model, rows).map((out) => out[0]);
      },
    });
    const before = tf.memory().numTensors;
    const batched = await Promise.all(points.map((p) => coalescer.predict(p)));
    await coalescer.flush();
    expect(tf.memory().numTensors).toBe(before);
    // The same float32 arithmetic row by row: equal to float32 rounding.
    batched.forEach((value, i) => expect(value).toBeCloseTo(unbatched[i], 6));
    expect(calls).toEqual([...Array(12).fill(16), 8]);
    model.dispose();
  });

  it('predictRows checks that every row has the same width', () => {
    const model = buildXorModel();
    expect(predictRows(model, [])).toEqual([]);
    expect(() => predictRows(model, [[1, 2], [3]])).toThrow('row 1 has 1 features, row 0 has 2');
    model.dispose();
  });
});
