import { GET as listRuns } from '../app/api/runs/route';
import { GET as getRun } from '../app/api/runs/[id]/route';
import { POST as promote } from '../app/api/runs/[id]/promote/route';
import { POST as train } from '../app/api/train/route';
import { GET as artifactFile } from '../app/api/runs/[id]/artifact/[file]/route';
import { GET as testImage } from '../app/api/test-images/[id]/route';
import { jobs, models } from '../src/server/service';
import { useTrainedHome } from './helpers/trained-home';
import { jsonPost as post, routeContext as ctx, useAdminToken } from '../../../tools/testing/route-requests';

const state = useTrainedHome(['fast-160', 'balanced-224']);
const TOKEN = 'vision-route-token';

useAdminToken(TOKEN, { jobs, models });

describe('run routes', () => {
  it('lists the runs with the first trained one active, with mAP as the headline', async () => {
    const body = await (await listRuns(new Request('http://localhost/api/runs'), undefined)).json();
    expect(body.activeRunId).toBe(state.outcomes['fast-160'].runId);
    expect(body.runs.map((r: { config: string }) => r.config).sort()).toEqual(['balanced-224', 'fast-160']);
    const id = state.outcomes['balanced-224'].runId as string;
    const run = await (await getRun(new Request(`http://localhost/api/runs/${id}`), ctx(id))).json();
    expect(run.metrics.headline.name).toBe('map50');
    expect(run.metrics.inputSize).toBe(224);
    expect(run.tradeoffCard.task).toMatchObject({ domain: 'vision-detect', kind: 'object-detection' });
  });

  it('refuses training and promotion without the admin token (401), and an unknown configuration (400)', async () => {
    const id = state.outcomes['balanced-224'].runId as string;
    expect((await train(post('/api/train', { config: 'fast-160' }), undefined)).status).toBe(401);
    expect((await promote(post(`/api/runs/${id}/promote`, {}), ctx(id))).status).toBe(401);
    const res = await train(post('/api/train', { config: 'yolo' }, { authorization: `Bearer ${TOKEN}` }), undefined);
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].field).toBe('config');
  });

  it('promotes a run with the token, and the served model switches to its input size', async () => {
    const id = state.outcomes['balanced-224'].runId as string;
    const res = await promote(post(`/api/runs/${id}/promote`, {}, { authorization: `Bearer ${TOKEN}` }), ctx(id));
    expect(res.status).toBe(200);
    const served = await models.require();
    expect(served.run.id).toBe(id);
    expect(served.model.detector.spec.inputSize).toBe(224);
  });

  it('serves artifact files and data images by id, never a path', async () => {
    const id = state.outcomes['fast-160'].runId as string;
    const file = (name: string, run = id) => artifactFile(new Request(`http://localhost/api/runs/${run}/artifact/${name}`), { params: Promise.resolve({ id: run, file: name }) });
    expect(await (await file('preprocess.json')).json()).toMatchObject({ kind: 'centernet-detector', inputSize: 160 });
    expect((await file('../atlas.db')).status).toBe(400);
    expect((await file('model.json', 'nope')).status).toBe(404);
    const image = (name: string) => testImage(new Request(`http://localhost/api/test-images/${name}`), ctx(name));
    expect((await image('..%2Fetc')).status).toBe(400);
    expect((await image('road99999')).status).toBe(404);
  });
});
