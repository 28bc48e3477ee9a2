import { GET as listRuns } from '../app/api/runs/route';
import { GET as getRun } from '../app/api/runs/[id]/route';
import { POST as promote } from '../app/api/runs/[id]/promote/route';
import { POST as train } from '../app/api/train/route';
import { GET as artifactFile } from '../app/api/runs/[id]/artifact/[file]/route';
import { jobs, models } from '../src/server/service';
import { useTrainedHome } from './helpers/trained-home';
import { jsonPost as post, routeContext as ctx, useAdminToken } from '../../../tools/testing/route-requests';

const state = useTrainedHome(['mlp', 'scorecard']);
const TOKEN = 'credit-route-token';

useAdminToken(TOKEN, { jobs, models });

describe('run routes', () => {
  it('lists the runs with the first trained one active', async () => {
    const body = await (await listRuns(new Request('http://localhost/api/runs'), undefined)).json();
    expect(body.activeRunId).toBe(state.outcomes.mlp.runId);
    expect(body.runs.map((r: { config: string }) => r.config).sort()).toEqual(['mlp', 'scorecard']);
    expect(body.runs.every((r: { isSample: boolean }) => r.isSample)).toBe(true);
  });

  it('shows one run with its summary metrics, and 404 for another id', async () => {
    const id = state.outcomes.scorecard.runId as string;
    const body = await (await getRun(new Request(`http://localhost/api/runs/${id}`), ctx(id))).json();
    expect(body.run).toMatchObject({ id, config: 'scorecard', status: 'succeeded' });
    expect(body.metrics.headline.name).toBe('roc_auc');
    expect(body.tradeoffCard.task.domain).toBe('credit-risk');
    expect((await getRun(new Request('http://localhost/api/runs/nope'), ctx('nope'))).status).toBe(404);
  });

  it('refuses training and promotion without the admin token (401)', async () => {
    const id = state.outcomes.scorecard.runId as string;
    expect((await train(post('/api/train', { config: 'mlp' }), undefined)).status).toBe(401);
    expect((await train(post('/api/train', { config: 'mlp' }, { authorization: 'Bearer wrong' }), undefined)).status).toBe(401);
    expect((await promote(post(`/api/runs/${id}/promote`, {}), ctx(id))).status).toBe(401);
  });

  it('answers 400 naming the field for an unknown configuration', async () => {
    const res = await train(post('/api/train', { config: 'gbm' }, { authorization: `Bearer ${TOKEN}` }), undefined);
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].field).toBe('config');
  });

  it('promotes a run with the token, and the served model switches', async () => {
    const id = state.outcomes.scorecard.runId as string;
    const res = await promote(post(`/api/runs/${id}/promote`, {}, { authorization: `Bearer ${TOKEN}` }), ctx(id));
    expect(res.status).toBe(200);
    expect((await res.json()).run).toMatchObject({ id, active: true });
    const served = await models.require();
    expect(served.run.id).toBe(id);
    expect(served.model.predictor.preprocess.kind).toBe('scorecard');
  });

  it('serves a run’s artifact files to the browser, and nothing else', async () => {
    const id = state.outcomes.mlp.runId as string;
    const file = (name: string, run = id) => artifactFile(new Request(`http://localhost/api/runs/${run}/artifact/${name}`), { params: Promise.resolve({ id: run, file: name }) });
    const manifest = await file('manifest.json');
    expect(manifest.status).toBe(200);
    expect((await manifest.json()).files.map((f: { name: string }) => f.name)).toContain('weights.bin');
    expect((await file('weights.bin')).headers.get('content-type')).toBe('application/octet-stream');
    expect((await file('../atlas.db')).status).toBe(400);
    expect((await file('model.json', 'nope')).status).toBe(404);
  });
});
