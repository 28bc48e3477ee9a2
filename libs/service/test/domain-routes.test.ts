import { createRun, finishRun, getRun } from '@atlas/registry';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { artifactDirFor } from '../src';
import { createDomainRoutes, createTrainingJobs, inlineRunner } from '../src';
import { trainer } from './fixtures/tiny-trainer';
import { parseSse } from './helpers/sse-reader';
import { useTempRegistry } from './helpers/temp-registry';

useTempRegistry();

const TOKEN = 'route-test-token';
const jobs = createTrainingJobs({ trainer, runner: inlineRunner(trainer) });
const routes = createDomainRoutes({ domain: 'service-test', jobs });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const admin = { authorization: `Bearer ${TOKEN}` };

function post(url: string, body?: unknown, headers: Record<string, string> = admin): Request {
  return new Request(`http://localhost${url}`, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body), headers });
}

beforeAll(() => {
  process.env.ATLAS_ADMIN_TOKEN = TOKEN;
});
afterAll(async () => {
  delete process.env.ATLAS_ADMIN_TOKEN;
  await jobs.close();
});

describe('createDomainRoutes', () => {
  it('refuses training without the admin token, and a bad configuration with a 400 on the field', async () => {
    expect((await routes.train.POST(post('/api/train', { config: 'small' }, {}), undefined)).status).toBe(401);
    const bad = await routes.train.POST(post('/api/train', { config: 'huge' }), undefined);
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues).toEqual([{ field: 'config', reason: expect.stringMatching(/expected one of: small, long/) }]);
    const extra = await routes.train.POST(post('/api/train', { dataPath: '/etc/passwd' }), undefined);
    expect(extra.status).toBe(400);
  });

  it('starts a run (202), streams its events as SSE to the end, and lists it', async () => {
    const res = await routes.train.POST(post('/api/train', { config: 'small' }), undefined);
    expect(res.status).toBe(202);
    const { runId, eventsUrl } = await res.json();
    expect(eventsUrl).toBe(`/api/runs/${runId}/events`);

    const stream = await routes.events.GET(new Request(`http://localhost${eventsUrl}`), ctx(runId));
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const { frames } = parseSse(await stream.text());
    const last = frames[frames.length - 1];
    expect(last.event).toBe('status');
    expect(JSON.parse(last.data)).toMatchObject({ status: 'succeeded', runId });
    expect(frames.some((f) => f.event === 'epoch')).toBe(true);
    expect(frames.every((f) => f.id !== undefined)).toBe(true);
    expect(frames.filter((f) => f.event === 'status' && JSON.parse(f.data).status === 'running')).toHaveLength(1);

    const late = await routes.cancel.POST(post(`/api/runs/${runId}/cancel`), ctx(runId));
    expect(late.status).toBe(409);
    expect((await late.json()).message).toBe(`run ${runId} already finished (succeeded)`);

    const list = await (await routes.runs.GET(new Request('http://localhost/api/runs?limit=5'), undefined)).json();
    expect(list.activeRunId).toBe(runId);
    expect(list.runs[0]).toMatchObject({ id: runId, status: 'succeeded', active: true, config: 'small', isSample: true, headline: { name: 'accuracy' } });
    expect(list.runs[0].trainingSeconds).toBeGreaterThanOrEqual(0);
  }, 30_000);

  it('promotes a run of its own domain only, with the admin token', async () => {
    const other = await createRun({ domain: 'credit-risk', modelKind: 'x', config: 'x', backend: 'cpu' });
    await finishRun(other.id, { status: 'succeeded' });
    expect((await routes.promote.POST(post(`/api/runs/${other.id}/promote`), ctx(other.id))).status).toBe(404);
    const mine = await createRun({ domain: 'service-test', modelKind: 'x', config: 'x', backend: 'cpu' });
    expect((await routes.promote.POST(post(`/api/runs/${mine.id}/promote`, undefined, {}), ctx(mine.id))).status).toBe(401);
    const running = await routes.promote.POST(post(`/api/runs/${mine.id}/promote`), ctx(mine.id));
    expect(running.status).toBe(409);
    await finishRun(mine.id, { status: 'succeeded' });
    const ok = await routes.promote.POST(post(`/api/runs/${mine.id}/promote`), ctx(mine.id));
    expect(ok.status).toBe(200);
    expect((await getRun(mine.id))?.active).toBe(true);
  });

  it('deletes a finished inactive run and its artifact folder, with the admin token only', async () => {
    const del = (id: string, headers: Record<string, string> = admin) => routes.run.DELETE(new Request(`http://localhost/api/runs/${id}`, { method: 'DELETE', headers }), ctx(id));
    const old = await createRun({ domain: 'service-test', modelKind: 'x', config: 'x', backend: 'cpu' });
    expect((await del(old.id)).status).toBe(409); // still running
    const dir = artifactDirFor('service-test', old.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'model.json'), '{}');
    await finishRun(old.id, { status: 'succeeded', artifactPath: dir, artifactSha256: 'a'.repeat(64) });
    expect((await del(old.id, {})).status).toBe(401);
    const ok = await del(old.id);
    expect(ok.status).toBe(200);
    expect(await getRun(old.id)).toBeNull();
    expect(existsSync(dir)).toBe(false);
    expect((await del(old.id)).status).toBe(404);
    const active = (await (await routes.runs.GET(new Request('http://localhost/api/runs'), undefined)).json()).activeRunId as string;
    const refused = await del(active);
    expect(refused.status).toBe(409);
    expect(await getRun(active)).not.toBeNull();
    // a run the app serves besides the active one (another task's model) is refused too
    const serving = await createRun({ domain: 'service-test', modelKind: 'x', config: 'x', backend: 'cpu' });
    await finishRun(serving.id, { status: 'succeeded' });
    const guarded = createDomainRoutes({ domain: 'service-test', jobs, inUse: (run) => run.id === serving.id });
    const res = await guarded.run.DELETE(new Request(`http://localhost/api/runs/${serving.id}`, { method: 'DELETE', headers: admin }), ctx(serving.id));
    expect(res.status).toBe(409);
    expect((await res.json()).message).toMatch(/serving predictions/);
  });

  it('answers the stored status for a run this process is not running, and 404 for an unknown one', async () => {
    const old = await createRun({ domain: 'service-test', modelKind: 'x', config: 'x', backend: 'cpu' });
    await finishRun(old.id, { status: 'failed', error: 'disk full' });
    const { frames } = parseSse(await (await routes.events.GET(new Request('http://localhost/e'), ctx(old.id))).text());
    expect(frames).toHaveLength(1);
    expect(JSON.parse(frames[0].data)).toMatchObject({ status: 'failed', error: 'disk full' });
    expect((await routes.events.GET(new Request('http://localhost/e'), ctx('nope'))).status).toBe(404);
    const cancel = await routes.cancel.POST(post(`/api/runs/${old.id}/cancel`), ctx(old.id));
    expect(cancel.status).toBe(409);
    expect((await cancel.json()).message).toMatch(/already finished \(failed\)/);
  });
});
