import { POST as explain } from '../app/api/explain/route';
import { POST as predict } from '../app/api/predict/route';
import { GET as listRuns } from '../app/api/runs/route';
import { GET as getRun } from '../app/api/runs/[id]/route';
import { POST as promote } from '../app/api/runs/[id]/promote/route';
import { POST as train } from '../app/api/train/route';
import { GET as artifactFile } from '../app/api/runs/[id]/artifact/[file]/route';
import { auditLog } from '../src/server/audit';
import { flushPredictionLogs } from '@atlas/service';
import { jobs, models } from '../src/server/service';
import { useTrainedHome } from './helpers/trained-home';
import { jsonPost as post, routeContext as ctx, useAdminToken } from '../../../tools/testing/route-requests';

const state = useTrainedHome();
const patient = { pregnancies: 2, glucose: 148, blood_pressure: 72, skin_thickness: 35, insulin: null, bmi: 33.6, diabetes_pedigree: 0.627, age: 50 };

useAdminToken('med-token', { jobs, models });

describe('predict and explain', () => {
  it('returns a calibrated risk with an interval, the imputed inputs and the decision', async () => {
    const res = await predict(post('/api/predict', { task: 'pima', patient, threshold: 0.3 }), undefined);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.risk).toBeGreaterThan(0);
    expect(body.risk).toBeLessThan(1);
    expect(body.interval.low).toBeLessThanOrEqual(body.interval.high);
    expect(body.imputed.map((i: { feature: string }) => i.feature)).toEqual(['insulin']);
    expect(body.decision).toMatchObject({ threshold: 0.3 });
    expect(body.runId).toBe(state.outcomes.logistic.runId);
  });

  it('explains with the top factors, and serves the other task from its own run', async () => {
    const body = await (await explain(post('/api/explain', { task: 'pima', patient }), undefined)).json();
    expect(body.factors.length).toBeGreaterThan(0);
    expect(body.factors[0]).toHaveProperty('direction');
    const wdbc = await (await explain(post('/api/explain', { task: 'wdbc', patient: { radius_mean: 20, concave_points_worst: 0.2 } }), undefined)).json();
    expect(wdbc.runId).toBe(state.outcomes['wdbc-logistic'].runId);
    expect(wdbc.imputed.length).toBe(28);
  });

  it.each([
    ['an unknown task', { task: 'heart', patient }, 'task'],
    ['a negative glucose', { task: 'pima', patient: { ...patient, glucose: -5 } }, 'patient.glucose'],
    ['a text value', { task: 'pima', patient: { ...patient, bmi: 'high' } }, 'patient.bmi'],
    ['an unknown field (no identifiers)', { task: 'pima', patient: { ...patient, name: 'Jane' } }, 'patient'],
    ['a threshold above 1', { task: 'pima', patient, threshold: 2 }, 'threshold'],
    ['a fractional age', { task: 'pima', patient: { ...patient, age: 40.5 } }, 'patient.age'],
  ])('answers 400 naming the field for %s', async (_name, body, field) => {
    const res = await predict(post('/api/predict', body), undefined);
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.issues.map((i: { field: string }) => i.field)).toContain(field);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await predict(post('/api/predict', '{not json'), undefined);
    expect(res.status).toBe(400);
  });
});

describe('the audit log and the artifact files', () => {
  it('lists every prediction with its run and the redacted input, newest first', async () => {
    await predict(post('/api/predict', { task: 'pima', patient: { ...patient, bmi: 33.64, diabetes_pedigree: 0.6271 } }), undefined);
    await flushPredictionLogs();
    const { rows, error } = await auditLog();
    expect(error).toBeNull();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows[0]).toMatchObject({ runId: state.outcomes.logistic.runId, config: 'logistic', task: 'pima', input: { bmi: 34, diabetes_pedigree: 0.63, glucose: 148, insulin: null } });
    expect(rows.map((r) => r.at)).toEqual([...rows.map((r) => r.at)].sort().reverse());
    expect(rows.some((r) => r.task === 'wdbc' && r.runId === state.outcomes['wdbc-logistic'].runId)).toBe(true);
  });

  it('serves the artifact files of a run so the browser can load the same model', async () => {
    const id = state.outcomes.logistic.runId as string;
    const res = await artifactFile(new Request(`http://localhost/api/runs/${id}/artifact/model.json`), { params: Promise.resolve({ id, file: 'model.json' }) });
    expect(res.status).toBe(200);
    expect((await res.json()).modelTopology).toBeDefined();
    const unknown = await artifactFile(new Request('http://localhost/x'), { params: Promise.resolve({ id: 'nope', file: 'model.json' }) });
    expect(unknown.status).toBe(404);
    const outside = await artifactFile(new Request('http://localhost/x'), { params: Promise.resolve({ id, file: '../../etc/passwd' }) });
    expect(outside.status).toBe(400);
  });
});

describe('runs, train and promote', () => {
  it('lists the runs and shows one', async () => {
    const body = await (await listRuns(new Request('http://localhost/api/runs'), undefined)).json();
    expect(body.activeRunId).toBe(state.outcomes.logistic.runId);
    const id = state.outcomes['wdbc-logistic'].runId as string;
    const one = await (await getRun(new Request(`http://localhost/api/runs/${id}`), ctx(id))).json();
    expect(one.metrics.task).toBe('wdbc');
    expect(one.tradeoffCard.privacy.sensitivity).toBe('sensitive');
  });

  it('refuses train and promote without the admin token (401)', async () => {
    expect((await train(post('/api/train', { config: 'logistic' }), undefined)).status).toBe(401);
    const id = state.outcomes['wdbc-logistic'].runId as string;
    expect((await promote(post(`/api/runs/${id}/promote`, {}), ctx(id))).status).toBe(401);
  });

  it('rejects an unknown configuration with 400 on config', async () => {
    const res = await train(post('/api/train', { config: 'nope' }, { authorization: 'Bearer med-token' }), undefined);
    expect(res.status).toBe(400);
  });

  it('promotes with the token', async () => {
    const id = state.outcomes['wdbc-logistic'].runId as string;
    const res = await promote(post(`/api/runs/${id}/promote`, {}, { authorization: 'Bearer med-token' }), ctx(id));
    expect(res.status).toBe(200);
    expect((await res.json()).run.active).toBe(true);
  });
});
