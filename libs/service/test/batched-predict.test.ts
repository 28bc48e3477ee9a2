import { createRun, finishRun, listPredictions, promoteRun } from '@atlas/registry';
import { BATCHING_ENV, batchingStats, createModelService, flushPredictionLogs, queuePredictionLog, timedPredictBatched } from '../src';
import { useTempRegistry } from './helpers/temp-registry';

useTempRegistry();

async function activeRun(domain: string) {
  const run = await createRun({ domain, modelKind: 'fake', config: 'c', backend: 'cpu' });
  await finishRun(run.id, { status: 'succeeded', artifactPath: `/artifacts/${domain}`, artifactSha256: 'a'.repeat(64), metrics: { headline: { name: 'auc', value: 0.8 } } });
  await promoteRun(run.id);
  return run.id;
}

/** A model whose batch call is recorded; a negative input breaks the whole batch. */
function fakeService(domain: string) {
  const calls: number[][] = [];
  const service = createModelService({ domain, load: async () => ({ scale: 10 }) });
  const predictMany = (m: { scale: number }, xs: { x: number }[]) => {
    calls.push(xs.map((i) => i.x));
    if (xs.some((i) => i.x < 0)) throw new Error('negative input');
    return xs.map((i) => ({ y: i.x * m.scale }));
  };
  return { service, calls, predictMany };
}

afterEach(() => {
  delete process.env[BATCHING_ENV];
});

describe('timedPredictBatched', () => {
  it('scores concurrent requests in one model call, answers each in order and logs each', async () => {
    const id = await activeRun('batch-domain');
    const { service, calls, predictMany } = fakeService('batch-domain');
    await service.require(); // loaded, so the requests below arrive together
    const inputs = [1, 2, 3, 4, 5].map((x) => ({ x }));
    const results = await Promise.all(inputs.map((input) => timedPredictBatched(service, input, predictMany)));
    expect(calls).toEqual([[1, 2, 3, 4, 5]]);
    expect(results.map((r) => r.output)).toEqual([{ y: 10 }, { y: 20 }, { y: 30 }, { y: 40 }, { y: 50 }]);
    expect(results.every((r) => r.run.id === id && r.latencyMs >= 0)).toBe(true);
    expect(batchingStats(service)).toMatchObject({ requests: 5, batches: 1, largestBatch: 5 });
    await flushPredictionLogs();
    const logged = await listPredictions(id);
    expect(logged.map((p) => p.output).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(results.map((r) => r.output));
    await service.close();
  });

  it('fails only the request whose input breaks the batch, and logs only the answered ones', async () => {
    const id = await activeRun('isolate-domain');
    const { service, predictMany } = fakeService('isolate-domain');
    await service.require();
    const settled = await Promise.allSettled([{ x: 1 }, { x: -1 }, { x: 2 }].map((input) => timedPredictBatched(service, input, predictMany)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(settled[1]).toMatchObject({ reason: new Error('negative input') });
    await flushPredictionLogs();
    expect(await listPredictions(id)).toHaveLength(2);
    await service.close();
  });

  it('scores each request alone with ATLAS_PREDICT_BATCHING=off, with the same answers', async () => {
    await activeRun('off-domain');
    process.env[BATCHING_ENV] = 'off';
    const { service, calls, predictMany } = fakeService('off-domain');
    await service.require();
    const results = await Promise.all([1, 2, 3].map((x) => timedPredictBatched(service, { x }, predictMany, { log: false })));
    expect(calls).toEqual([[1], [2], [3]]);
    expect(results.map((r) => r.output)).toEqual([{ y: 10 }, { y: 20 }, { y: 30 }]);
    await service.close();
  });

  it('answers 503 with the train command for every request when nothing is trained', async () => {
    const { service, predictMany } = fakeService('untrained-domain');
    const settled = await Promise.allSettled([1, 2].map((x) => timedPredictBatched(service, { x }, predictMany)));
    for (const s of settled) expect(s).toMatchObject({ status: 'rejected', reason: { status: 503, body: { error: 'no_active_model' } } });
    await service.close();
  });
});

describe('queuePredictionLog', () => {
  it('writes queued logs in one batch, and row by row when one row spoils the batch', async () => {
    const id = await activeRun('queue-domain');
    const entry = (i: number) => ({ runId: id, domain: 'queue-domain', inputHash: `h${i}`, redactedInput: { i }, output: { y: i }, latencyMs: i });
    [1, 2, 3].forEach((i) => queuePredictionLog(entry(i)));
    await flushPredictionLogs();
    expect((await listPredictions(id)).map((p) => p.inputHash).sort()).toEqual(['h1', 'h2', 'h3']);

    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    queuePredictionLog(entry(4));
    queuePredictionLog({ ...entry(5), latencyMs: -1 }); // refused by the registry
    queuePredictionLog(entry(6));
    await flushPredictionLogs();
    expect((await listPredictions(id)).map((p) => p.inputHash).sort()).toEqual(['h1', 'h2', 'h3', 'h4', 'h6']);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith(expect.stringContaining('logging a prediction'), expect.anything());
    spy.mockRestore();
  });
});
