import { createRun, finishRun, listPredictions, promoteRun } from '@atlas/registry';
import { createModelService, flushPredictionLogs, NoActiveModelError, promoteAndRefresh, timedPredict } from '../src';
import { useTempRegistry } from './helpers/temp-registry';

useTempRegistry();

const sha = (c: string) => c.repeat(64);

async function succeededRun(domain: string, dir: string) {
  const run = await createRun({ domain, modelKind: 'fake', config: dir, backend: 'cpu' });
  await finishRun(run.id, { status: 'succeeded', artifactPath: `/artifacts/${dir}`, artifactSha256: sha('a'), metrics: { headline: { name: 'auc', value: 0.8 } } });
  return run.id;
}

function deferred<T>() {
  let resolve: (v: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

interface FakeModel {
  dir: string;
  disposed: boolean;
}

describe('createModelService', () => {
  it('says there is no model, with the train command, until a run is promoted', async () => {
    const service = createModelService<FakeModel>({ domain: 'empty-domain', app: 'empty-app', load: async (dir) => ({ dir, disposed: false }) });
    expect(await service.current()).toBeNull();
    await expect(service.require()).rejects.toBeInstanceOf(NoActiveModelError);
    await expect(service.require()).rejects.toMatchObject({
      status: 503,
      body: { error: 'no_active_model', command: 'npx nx run empty-app:train', message: 'no active model for empty-domain: run npx nx run empty-app:train' },
    });
    expect(service.status().state).toBe('empty');
    await service.close();
  });

  it('loads the active artifact once, with the registry sha256, and reuses it', async () => {
    const id = await succeededRun('once-domain', 'one');
    await promoteRun(id);
    const load = jest.fn(async (dir: string) => ({ dir, disposed: false }));
    const service = createModelService<FakeModel>({ domain: 'once-domain', load, checkIntervalMs: 0 });
    const [a, b] = await Promise.all([service.current(), service.current()]);
    await service.current();
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith('/artifacts/one', expect.objectContaining({ expectedSha256: sha('a') }));
    expect(a?.run.id).toBe(id);
    expect(b?.model).toBe(a?.model);
    await service.close();
  });

  it('switches on promote only after the new model has loaded, then disposes the old one', async () => {
    const first = await succeededRun('switch-domain', 'first');
    const second = await succeededRun('switch-domain', 'second');
    await promoteRun(first);
    const gate = deferred<void>();
    const disposed: string[] = [];
    const service = createModelService<FakeModel>({
      domain: 'switch-domain',
      checkIntervalMs: 60_000, // only an in-process promotion can trigger the switch here
      load: async (dir) => {
        if (dir.endsWith('second')) await gate.promise;
        return { dir, disposed: false };
      },
      dispose: (m) => {
        m.disposed = true;
        disposed.push(m.dir);
      },
    });
    const before = await service.current();
    expect(before?.model.dir).toBe('/artifacts/first');

    await promoteAndRefresh(second);
    await service.refresh();
    // The new artifact is loading: the old model still answers.
    expect(service.status()).toMatchObject({ state: 'ready', runId: first, loadingRunId: second });
    expect((await service.current())?.model.dir).toBe('/artifacts/first');
    expect(disposed).toEqual([]);

    gate.resolve();
    await service.settled();
    expect((await service.current())?.run.id).toBe(second);
    expect(disposed).toEqual(['/artifacts/first']);
    expect(before?.model.disposed).toBe(true);
    await service.close();
    expect(disposed).toEqual(['/artifacts/first', '/artifacts/second']);
  });

  it('notices a promotion made by another process at its next check', async () => {
    const a = await succeededRun('poll-domain', 'a');
    const b = await succeededRun('poll-domain', 'b');
    await promoteRun(a);
    const service = createModelService<FakeModel>({ domain: 'poll-domain', checkIntervalMs: 100, load: async (dir) => ({ dir, disposed: false }) });
    expect((await service.current())?.run.id).toBe(a);
    await promoteRun(b); // straight in the registry: no in-process announcement
    expect((await service.current())?.run.id).toBe(a); // within the check interval: not re-read
    await new Promise((r) => setTimeout(r, 120));
    await service.current();
    await service.settled();
    expect((await service.current())?.run.id).toBe(b);
    await service.close();
  });

  it('does not dispose a model while a use() call holds it', async () => {
    const a = await succeededRun('hold-domain', 'a');
    const b = await succeededRun('hold-domain', 'b');
    await promoteRun(a);
    const disposed: string[] = [];
    const service = createModelService<FakeModel>({ domain: 'hold-domain', checkIntervalMs: 60_000, load: async (dir) => ({ dir, disposed: false }), dispose: (m) => void disposed.push(m.dir) });
    const release = deferred<void>();
    const inFlight = service.use(async ({ model }) => {
      await release.promise;
      return model.dir;
    });
    await new Promise((r) => setTimeout(r, 10));
    await promoteAndRefresh(b);
    await service.refresh();
    await service.settled();
    expect((await service.current())?.run.id).toBe(b);
    expect(disposed).toEqual([]);
    release.resolve();
    expect(await inFlight).toBe('/artifacts/a');
    await new Promise((r) => setTimeout(r, 0));
    expect(disposed).toEqual(['/artifacts/a']);
    await service.close();
  });

  it('keeps serving the old model when the new artifact fails to load, and reports why', async () => {
    const a = await succeededRun('broken-domain', 'good');
    const b = await succeededRun('broken-domain', 'broken');
    await promoteRun(a);
    const log = jest.fn();
    const service = createModelService<FakeModel>({
      domain: 'broken-domain',
      checkIntervalMs: 60_000,
      log,
      load: async (dir) => {
        if (dir.endsWith('broken')) throw new Error('sha256 mismatch in weights.bin');
        return { dir, disposed: false };
      },
    });
    await service.current();
    await promoteAndRefresh(b);
    await service.refresh();
    await service.settled();
    expect((await service.current())?.run.id).toBe(a);
    expect(service.status().error).toMatch(/sha256 mismatch/);
    expect(log).toHaveBeenCalled();
    await service.close();
  });
});

describe('timedPredict', () => {
  it('answers with the output and latency, and logs the redacted input with its hash in the background', async () => {
    const id = await succeededRun('predict-domain', 'p');
    await promoteRun(id);
    const service = createModelService({ domain: 'predict-domain', load: async () => ({ score: (x: { income: number }) => x.income / 1000 }) });
    const input = { income: 500, note: 'call me at ada@example.org', nested: { email: 'bob@example.com' } };
    const result = await timedPredict(service, input, (m, x) => ({ probability: m.score(x) }));
    expect(result.output).toEqual({ probability: 0.5 });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(result.run.id).toBe(id);
    await flushPredictionLogs();
    const [logged] = await listPredictions(id);
    expect(logged.redactedInput).toEqual({ income: 500, note: 'call me at [EMAIL]', nested: { email: '[EMAIL]' } });
    expect(JSON.stringify(logged)).not.toContain('ada@example.org');
    expect(logged.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(logged.output).toEqual({ probability: 0.5 });
    expect(logged.latencyMs).toBeCloseTo(result.latencyMs, 6);
    await service.close();
  });

  it('does not fail the prediction when logging fails', async () => {
    const id = await succeededRun('nolog-domain', 'p');
    await promoteRun(id);
    const service = createModelService({ domain: 'nolog-domain', load: async () => ({}) });
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    // A domain name the registry refuses makes logPrediction reject.
    const bad = { ...service, domain: 'Not A Domain' };
    const result = await timedPredict(bad, { a: 1 }, () => 42);
    expect(result.output).toBe(42);
    await flushPredictionLogs();
    expect(spy).toHaveBeenCalledWith(expect.stringContaining('logging a prediction'), expect.anything());
    spy.mockRestore();
    await service.close();
  });
});
