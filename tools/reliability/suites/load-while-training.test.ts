// credit-risk under load while it trains: predictions keep succeeding from the active model while a
// training job runs in its worker process, the finished run does not serve until it is promoted,
// and after POST /api/runs/:id/promote the answers switch to it with no failed request and no
// answer from the old model once the new one has served.
import { flushPredictionLogs, type JobSnapshot } from '@atlas/service';
import { predictResponse } from '../../../apps/credit-risk/src/server/scoring';
import { jobs, models } from '../../../apps/credit-risk/src/server/service';
import { POST as promote } from '../../../apps/credit-risk/app/api/runs/[id]/promote/route';
import { trainer } from '../../../apps/credit-risk/src/server/training/trainer';
import { quickTrainingOf } from '../../testing/quick-training';
import { trainQuickly, useTempHome } from '../../testing/temp-home';
import { VALID_BODIES } from '../lib/fuzz-seeds';

const TOKEN = 'load-while-training-token';
const quick = quickTrainingOf('credit-risk', trainer.defaultConfig);
const state = { activeRunId: '' };
// Declared before the temp home so that it runs first: the logs land before the home goes.
afterAll(async () => {
  await flushPredictionLogs();
  await jobs.close();
  await models.close();
});
useTempHome('atlas-load-', async () => {
  state.activeRunId = (await trainQuickly(trainer, quick.configs, quick.args))[quick.configs[0]].runId as string;
});

const body = JSON.stringify(VALID_BODIES['credit-risk /api/predict'][0]);
const predictOnce = async () => {
  const started = performance.now();
  const res = await predictResponse(new Request('http://localhost/api/predict', { method: 'POST', body, headers: { 'content-type': 'application/json' } }), undefined);
  return { status: res.status, runId: ((await res.json()) as { runId?: string }).runId ?? null, ms: performance.now() - started };
};

/** `workers` loops predicting until `stop()` is true; every answer is kept in order. */
async function load(workers: number, stop: () => boolean) {
  const answers: { status: number; runId: string | null; ms: number }[] = [];
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!stop()) answers.push(await predictOnce());
    }),
  );
  return answers;
}

const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))];

describe('credit-risk predictions while a model trains', () => {
  it('come from the active model during training and after it, and switch only on promote', async () => {
    process.env.ATLAS_ADMIN_TOKEN = TOKEN;
    expect((await predictOnce()).runId).toBe(state.activeRunId);

    const job = await jobs.start({ config: quick.configs[0], args: quick.args, promote: 'never' });
    let finished: JobSnapshot | null = null;
    const done = jobs.whenDone(job.runId).then((s) => (finished = s));
    let duringTraining = 0;
    const during = await load(4, () => {
      if (jobs.get(job.runId)?.status === 'running') duringTraining += 1;
      return finished !== null;
    });
    await done;
    expect(finished).toMatchObject({ status: 'succeeded', promoted: false });
    // Predictions overlapped the training itself, not only its queueing.
    expect(duringTraining).toBeGreaterThan(20);
    expect(during.filter((a) => a.status !== 200)).toEqual([]);
    expect(new Set(during.map((a) => a.runId))).toEqual(new Set([state.activeRunId]));

    // Finished but not promoted: still the old model, even after the service re-reads the registry.
    await models.refresh();
    expect((await predictOnce()).runId).toBe(state.activeRunId);

    // Promote through the admin route while the load goes on; keep it up for two seconds after.
    let promotedAt = Number.POSITIVE_INFINITY;
    const switching = load(4, () => Date.now() > promotedAt + 2000);
    const res = await promote(new Request(`http://localhost/api/runs/${job.runId}/promote`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } }), {
      params: Promise.resolve({ id: job.runId }),
    });
    expect(res.status).toBe(200);
    promotedAt = Date.now();
    const answers = await switching;
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    const firstNew = answers.findIndex((a) => a.runId === job.runId);
    expect(firstNew).toBeGreaterThanOrEqual(0);
    // Once the new model has answered, the old one never does again.
    expect(answers.slice(firstNew).filter((a) => a.runId !== job.runId)).toEqual([]);
    expect((await predictOnce()).runId).toBe(job.runId);
    console.log(
      `[load] ${during.length} predictions during a ${((Date.parse(String((finished as JobSnapshot | null)?.finishedAt)) - Date.parse(job.startedAt)) / 1000).toFixed(1)} s training job ` +
        `(${duringTraining} while running), p99 ${p99(during.map((a) => a.ms)).toFixed(1)} ms, 0 failed; switch after promote: ${answers.length} predictions, 0 failed`,
    );
  });
});
