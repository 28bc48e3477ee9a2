import { batchingStats, flushPredictionLogs } from '@atlas/service';
import { listPredictions } from '@atlas/registry';
import { explainResponse, predictResponse } from '../src/server/scoring';
import { stabilityReport } from '../src/server/monitoring';
import { models } from '../src/server/service';
import { useTrainedHome } from './helpers/trained-home';

const state = useTrainedHome(['mlp', 'scorecard']);

const APPLICATION = {
  LIMIT_BAL: 50000, SEX: 2, EDUCATION: 2, MARRIAGE: 1, AGE: 35,
  PAY_0: 2, PAY_2: 2, PAY_3: 0, PAY_4: 0, PAY_5: 0, PAY_6: 0,
  BILL_AMT1: 48000, BILL_AMT2: 47000, BILL_AMT3: 46000, BILL_AMT4: 30000, BILL_AMT5: 29000, BILL_AMT6: 28000,
  PAY_AMT1: 0, PAY_AMT2: 1500, PAY_AMT3: 1500, PAY_AMT4: 1200, PAY_AMT5: 1000, PAY_AMT6: 1000,
};

function post(body: unknown): Request {
  return new Request('http://localhost/api/predict', { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json' } });
}

afterAll(async () => {
  await models.close();
});

describe('POST /api/predict', () => {
  it('scores a valid application and logs it with its latency and a coarsened input', async () => {
    const res = await predictResponse(post({ application: APPLICATION }), undefined);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.pd).toBeGreaterThan(0);
    expect(body.pd).toBeLessThan(1);
    expect(body.grade.grade).toMatch(/^[A-E]$/);
    expect(body.approved).toBe(body.pd < body.cutoff);
    expect(body.runId).toBe(state.outcomes.mlp.runId);
    expect(body.latencyMs).toBeGreaterThanOrEqual(0);
    await flushPredictionLogs();
    const logged = await listPredictions(body.runId);
    expect(logged).toHaveLength(1);
    expect(logged[0].latencyMs).toBeGreaterThanOrEqual(0);
    // Age in five-year bands, amounts to the nearest NT$ 1,000.
    expect(logged[0].redactedInput).toMatchObject({ application: { AGE: 35, PAY_AMT2: 2000, BILL_AMT1: 48000 } });
  });

  it('scores concurrent requests in shared model calls, each answered as if alone at its own cutoff', async () => {
    // One application (the monitoring test below counts distinct ones), a cutoff of its own per request.
    const bodies = [0.05, 0.2, 0.5, 0.8].map((cutoff) => ({ application: APPLICATION, cutoff }));
    const alone = [];
    for (const body of bodies) alone.push(await (await predictResponse(post(body), undefined)).json());
    const stats = () => batchingStats(models) ?? { requests: 0, batches: 0 };
    const before = stats();
    const together = await Promise.all(bodies.map(async (body) => (await predictResponse(post(body), undefined)).json()));
    const after = stats();
    expect(after.requests - before.requests).toBe(bodies.length);
    expect(after.batches - before.batches).toBeLessThan(bodies.length);
    together.forEach((answer, i) => {
      expect(answer.pd).toBeCloseTo(alone[i].pd, 6);
      expect(answer.cutoff).toBe(bodies[i].cutoff);
      expect(answer.approved).toBe(answer.pd < bodies[i].cutoff);
    });
  });

  it('uses the cutoff of the request', async () => {
    const strict = await (await predictResponse(post({ application: APPLICATION, cutoff: 0.01 }), undefined)).json();
    const lenient = await (await predictResponse(post({ application: APPLICATION, cutoff: 0.99 }), undefined)).json();
    expect(strict.approved).toBe(false);
    expect(lenient.approved).toBe(true);
  });

  const bad: [string, unknown, string][] = [
    ['a missing field', { application: { ...APPLICATION, AGE: undefined } }, 'application.AGE'],
    ['a string for a number', { application: { ...APPLICATION, LIMIT_BAL: 'lots' } }, 'application.LIMIT_BAL'],
    ['an age out of range', { application: { ...APPLICATION, AGE: 12 } }, 'application.AGE'],
    ['an unknown code', { application: { ...APPLICATION, EDUCATION: 7 } }, 'application.EDUCATION'],
    ['a fractional status', { application: { ...APPLICATION, PAY_0: 1.5 } }, 'application.PAY_0'],
    ['a negative payment', { application: { ...APPLICATION, PAY_AMT1: -5 } }, 'application.PAY_AMT1'],
    ['an unknown field', { application: { ...APPLICATION, INCOME: 5 } }, 'application'],
    ['a cutoff of 1', { application: APPLICATION, cutoff: 1 }, 'cutoff'],
    ['no application', {}, 'application'],
  ];
  it.each(bad)('answers 400 naming the field for %s', async (_name, body, field) => {
    const res = await predictResponse(post(body), undefined);
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.error).toBe('invalid_input');
    expect(json.issues.map((i: { field: string }) => i.field)).toContain(field);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await predictResponse(post('{not json'), undefined);
    expect(res.status).toBe(400);
    expect((await res.json()).message).toMatch(/not valid JSON/);
  });
});

describe('POST /api/explain', () => {
  it('gives at most four reasons toward default, a what-if and the scorecard points', async () => {
    const res = await explainResponse(post({ application: APPLICATION }), undefined);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.reasons.length).toBeGreaterThan(0);
    expect(body.reasons.length).toBeLessThanOrEqual(4);
    for (const r of body.reasons) expect(r.contribution).toBeGreaterThan(0);
    expect(body.whatIf.pd).toBeCloseTo(body.pd, 6);
    expect(body.scoreMs).toBeGreaterThanOrEqual(0);
    expect(body.scoreMs).toBeLessThanOrEqual(body.latencyMs);
    if (body.whatIf.best) expect(body.whatIf.best.approved).toBe(!body.approved);
    expect(body.scorecardPoints.runId).toBe(state.outcomes.scorecard.runId);
    const total = body.scorecardPoints.lines.reduce((s: number, l: { points: number }) => s + l.points, 0);
    expect(total).toBeCloseTo(body.scorecardPoints.score, 6);
  });

  it('answers 400 naming the field', async () => {
    const res = await explainResponse(post({ application: { ...APPLICATION, SEX: 3 } }), undefined);
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].field).toBe('application.SEX');
  });
});

describe('monitoring', () => {
  it('compares the distinct applications scored since training with the training data', async () => {
    await flushPredictionLogs();
    const { run, model } = await models.require();
    const report = await stabilityReport(run.id, model.predictor.preprocess);
    // One application was scored several times (other cutoffs, explained): it counts once.
    expect(report.scored).toBe(1);
    expect(report.results.map((r) => r.name)).toEqual(['LIMIT_BAL', 'AGE', 'PAY_0', 'BILL_AMT1', 'PAY_AMT1', 'utilization_1', 'pd']);
    for (const r of report.results) expect(r.psi).toBeGreaterThan(0);
  });
});
