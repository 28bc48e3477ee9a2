import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { getRun, listRuns, readActiveModel } from '@atlas/registry';
import { createTrainingJobs, inlineRunner, runTraining, type StoredEvent, type TrainingJobEvent } from '../src';
import { trainer } from './fixtures/tiny-trainer';
import { useTempRegistry } from './helpers/temp-registry';

const registry = useTempRegistry();

async function collect(iterable: AsyncIterable<{ data: unknown }>): Promise<TrainingJobEvent[]> {
  const out: TrainingJobEvent[] = [];
  for await (const m of iterable) out.push(m.data as TrainingJobEvent);
  return out;
}

describe('runTraining (the flow the CLI and the worker share)', () => {
  it('trains, saves the artifact, records the run with metrics and card, and promotes when none is active', async () => {
    const events: TrainingJobEvent[] = [];
    const outcome = await runTraining(trainer, { config: 'small' }, { onEvent: (e) => events.push(e) });
    expect(outcome).toMatchObject({ status: 'succeeded', error: null, promoted: true, backend: 'cpu', isSample: true });
    const run = await getRun(outcome.runId as string);
    expect(run).toMatchObject({ status: 'succeeded', active: true, config: 'small', modelKind: 'logistic-regression', backend: 'cpu', datasetId: 'tiny-sample' });
    expect(run?.artifactPath).toBe(path.join(registry.home(), 'artifacts', 'service-test', outcome.runId as string));
    expect(run?.artifactSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readdirSync(run?.artifactPath as string).sort()).toEqual(['card.json', 'manifest.json', 'metrics.json', 'model.json', 'preprocess.json', 'weights.bin']);
    expect(run?.metrics).toMatchObject({ accuracy: expect.any(Number), headline: { name: 'accuracy', value: expect.any(Number) } });
    expect(run?.tradeoffCard).toMatchObject({ quality: { metric: 'accuracy' }, dataset: { isSample: true } });
    const types = events.map((e) => (e.type === 'phase' ? `phase:${e.phase}` : e.type === 'status' ? `status:${e.status}` : e.type));
    expect(types).toEqual(expect.arrayContaining(['phase:data', 'status:running', 'phase:train', 'start', 'epoch', 'end', 'phase:save', 'phase:register', 'status:succeeded']));
    expect(types.indexOf('start')).toBeLessThan(types.indexOf('status:succeeded'));
    expect(types[types.length - 1]).toBe('status:succeeded');
  }, 30_000);

  it('forwards whole-job progress, and the fit events inside it', async () => {
    const events: TrainingJobEvent[] = [];
    const outcome = await runTraining(trainer, { config: 'small', args: { stages: '1' } }, { onEvent: (e) => events.push(e) });
    expect(outcome.status).toBe('succeeded');
    const progress = events.filter((e): e is Extract<TrainingJobEvent, { type: 'progress' }> => e.type === 'progress');
    expect(progress.length).toBeGreaterThan(2);
    expect(progress[progress.length - 1]).toMatchObject({ stage: 'fit', message: 'fit 1 of 1', fraction: 1 });
    expect(events.filter((e) => e.type === 'epoch')).toHaveLength(2);
  }, 30_000);

  it('does not promote a second run while one is active', async () => {
    const before = (await readActiveModel('service-test')).model?.id;
    const outcome = await runTraining(trainer, { config: 'small' });
    expect(outcome.promoted).toBe(false);
    expect((await readActiveModel('service-test')).model?.id).toBe(before);
  }, 30_000);

  it('records a failure with its message and leaves no artifact', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const outcome = await runTraining(trainer, { config: 'small', args: { fail: 'train' } });
    spy.mockRestore();
    expect(outcome).toMatchObject({ status: 'failed', error: 'the tiny model diverged', artifactPath: null });
    const run = await getRun(outcome.runId as string);
    expect(run).toMatchObject({ status: 'failed', error: 'the tiny model diverged', artifactPath: null, active: false });
    expect(existsSync(path.join(registry.home(), 'artifacts', 'service-test', outcome.runId as string))).toBe(false);
  });

  it('rejects an unknown configuration by listing the valid ones', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const outcome = await runTraining(trainer, { config: 'huge' });
    spy.mockRestore();
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatch(/unknown configuration "huge"; expected one of: small, long/);
    expect(outcome.runId).toBeNull();
  });
});

describe('createTrainingJobs (inline runner)', () => {
  it('creates the run before start() returns and fans events out to live and late subscribers', async () => {
    const jobs = createTrainingJobs({ trainer, runner: inlineRunner(trainer) });
    const job = await jobs.start({ config: 'small' });
    expect(['queued', 'running']).toContain((await getRun(job.runId))?.status);
    const live: StoredEvent[] = [];
    jobs.subscribe(job.runId, (e) => live.push(e));
    const streamed = collect(jobs.events(job.runId) as AsyncIterable<{ data: unknown }>);
    const done = await jobs.whenDone(job.runId);
    expect(done?.status).toBe('succeeded');
    const fromStream = await streamed;
    expect(fromStream[fromStream.length - 1]).toMatchObject({ type: 'status', status: 'succeeded' });
    expect(fromStream.some((e) => e.type === 'epoch')).toBe(true);
    expect(live.length).toBeGreaterThan(5);

    // A subscriber arriving after the end gets the history (every event but superseded steps) and the end.
    const late = await collect(jobs.events(job.runId) as AsyncIterable<{ data: unknown }>);
    expect(late.filter((e) => e.type === 'epoch')).toHaveLength(2);
    expect(late.filter((e) => e.type === 'step').length).toBeLessThanOrEqual(1);
    expect(late[late.length - 1]).toMatchObject({ type: 'status', status: 'succeeded' });
    // Resuming after an id skips what was seen.
    const lastId = live[live.length - 1].id;
    expect(await collect(jobs.events(job.runId, { afterId: lastId - 1 }) as AsyncIterable<{ data: unknown }>)).toHaveLength(1);
    await jobs.close();
  }, 30_000);

  it('rejects an unknown configuration with a 400 naming the field', async () => {
    const jobs = createTrainingJobs({ trainer, runner: inlineRunner(trainer) });
    await expect(jobs.start({ config: 'nope' })).rejects.toMatchObject({ status: 400, body: { error: 'invalid_input', issues: [{ field: 'config' }] } });
    await jobs.close();
  });

  it('queues beyond maxConcurrent and cancels a queued and a running job', async () => {
    const jobs = createTrainingJobs({ trainer, runner: inlineRunner(trainer), maxConcurrent: 1 });
    const first = await jobs.start({ config: 'small', args: { slowMs: '3000' } });
    // Listen before anything else can run, so the end of training cannot be missed.
    const trained = new Promise<void>((resolve) => {
      jobs.subscribe(first.runId, (e) => {
        if (e.event.type === 'end') resolve();
      });
    });
    const second = await jobs.start({ config: 'small' });
    expect(second.status).toBe('queued');
    expect((await getRun(second.runId))?.status).toBe('queued');

    const cancelledQueued = await jobs.cancel(second.runId);
    expect(cancelledQueued?.status).toBe('cancelled');
    expect((await getRun(second.runId))?.status).toBe('cancelled');

    // Once the first one has trained (it then idles for 3 s), cancel it.
    await trained;
    await jobs.cancel(first.runId);
    const done = await jobs.whenDone(first.runId);
    expect(done?.status).toBe('cancelled');
    expect(await getRun(first.runId)).toMatchObject({ status: 'cancelled', artifactPath: null });
    await jobs.close();
  }, 30_000);
});

describe('createTrainingJobs (worker process)', () => {
  const trainerModule = 'libs/service/test/fixtures/tiny-trainer.ts';

  it('trains in a forked worker and streams its progress', async () => {
    const jobs = createTrainingJobs({ trainer, trainerModule });
    const job = await jobs.start({ config: 'small' });
    const events = await collect(jobs.events(job.runId) as AsyncIterable<{ data: unknown }>);
    expect(events[events.length - 1]).toMatchObject({ type: 'status', status: 'succeeded' });
    expect(events.filter((e) => e.type === 'epoch')).toHaveLength(2);
    expect(events.some((e) => e.type === 'log' && /TensorFlow\.js in Node/.test(e.message))).toBe(false);
    const run = await getRun(job.runId);
    expect(run?.status).toBe('succeeded');
    expect(existsSync(path.join(run?.artifactPath as string, 'manifest.json'))).toBe(true);
    await jobs.close();
  }, 60_000);

  it('marks the run failed, with the exit reason, when the worker dies mid-training, leaving no artifact', async () => {
    const jobs = createTrainingJobs({ trainer, trainerModule });
    const job = await jobs.start({ config: 'long', args: { crash: '1' } });
    const done = await jobs.whenDone(job.runId);
    expect(done?.status).toBe('failed');
    const run = await getRun(job.runId);
    expect(run?.status).toBe('failed');
    expect(run?.error).toMatch(/training worker exited with code 3/);
    expect(existsSync(path.join(registry.home(), 'artifacts', 'service-test', job.runId))).toBe(false);
    const leftovers = readdirSync(path.join(registry.home(), 'artifacts', 'service-test')).filter((n) => n.includes('.tmp-'));
    expect(leftovers).toEqual([]);
    expect((await listRuns('service-test')).filter((r) => r.status === 'running')).toEqual([]);
    await jobs.close();
  }, 60_000);
});
