import { POST as explain } from '../app/api/explain/route';
import { POST as predict } from '../app/api/predict/route';
import { GET as listRuns } from '../app/api/runs/route';
import { GET as getRun } from '../app/api/runs/[id]/route';
import { POST as promote } from '../app/api/runs/[id]/promote/route';
import { POST as train } from '../app/api/train/route';
import { POST as rate } from '../app/api/ratings/route';
import { appRatingsForTraining } from '../src/server/app-ratings';
import { loadMovieLens } from '../src/server/movielens';
import { loadModelCard } from '../src/server/page-data';
import { jobs, models } from '../src/server/service';
import { useTrainedHome } from './helpers/trained-home';
import { jsonPost as post, routeContext as ctx, useAdminToken } from '../../../tools/testing/route-requests';

const state = useTrainedHome(['ease', 'mf']);
const TOKEN = 'rec-route-token';

useAdminToken(TOKEN, { jobs, models });

describe('predict and explain', () => {
  it('recommends for a persona, with reasons, and the dial changes the list', async () => {
    const { model } = await models.require();
    const persona = model.preprocess.personas[0];
    expect(persona).toBeDefined();
    const res = await predict(post('/api/predict', { persona: persona.id }), undefined);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.recommendations).toHaveLength(10);
    expect(body.recommendations[0].reason.text).toMatch(/because you rated/);
    const diverse = await (await predict(post('/api/predict', { persona: persona.id, knobs: { diversity: 0.9, popularityPenalty: 0 } }), undefined)).json();
    expect(diverse.diversity).toBeGreaterThanOrEqual(body.diversity);
  });

  it('folds in a new user from a few ratings', async () => {
    const { model } = await models.require();
    const [a, b] = model.preprocess.onboarding.map((i) => model.preprocess.items[i].key);
    const body = await (await predict(post('/api/predict', { ratings: [{ item: a, rating: 5 }, { item: b, rating: 4 }], k: 5 }), undefined)).json();
    expect(body.coldStart).toBe(true);
    expect(body.recommendations).toHaveLength(5);
    expect(body.recommendations.map((r: { key: string }) => r.key)).not.toContain(a);
    const why = await (await explain(post('/api/explain', { item: body.recommendations[0].key, ratings: [{ item: a, rating: 5 }, { item: b, rating: 4 }] }), undefined)).json();
    expect(why.rank).toBe(1);
  });

  it('answers 400 naming the field for bad input', async () => {
    const cases: [unknown, string][] = [
      [{ ratings: [{ item: '1', rating: 9 }] }, 'ratings.0.rating'],
      [{}, 'ratings'],
      [{ persona: 'x', knobs: { diversity: 2 } }, 'knobs.diversity'],
      [{ ratings: [{ item: 'no-such-movie', rating: 3 }] }, 'ratings.0.item'],
      [{ persona: 'nobody' }, 'persona'],
    ];
    for (const [body, field] of cases) {
      const res = await predict(post('/api/predict', body), undefined);
      expect(res.status).toBe(400);
      expect((await res.json()).issues.map((i: { field: string }) => i.field)).toContain(field);
    }
    const res = await explain(post('/api/explain', { ratings: [{ item: '1', rating: 5 }] }), undefined);
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].field).toBe('item');
  });
});

describe('ratings given in the app', () => {
  it('stores them (latest wins), refuses bad input by field, and the next training run uses them', async () => {
    const { model } = await models.require();
    const [a, b] = model.preprocess.onboarding.map((i) => model.preprocess.items[i].key);
    const viewer = 'viewer-test-0001';
    expect((await rate(post('/api/ratings', { viewer, item: a, rating: 2 }), undefined)).status).toBe(201);
    expect((await rate(post('/api/ratings', { viewer, item: a, rating: 5 }), undefined)).status).toBe(201);
    expect((await rate(post('/api/ratings', { viewer, item: b, rating: 4 }), undefined)).status).toBe(201);
    const cases: [unknown, string][] = [
      [{ viewer: 'x', item: a, rating: 5 }, 'viewer'],
      [{ viewer, item: a, rating: 0 }, 'rating'],
      [{ viewer, item: 'no-such-movie', rating: 3 }, 'item'],
    ];
    for (const [body, field] of cases) {
      const res = await rate(post('/api/ratings', body), undefined);
      expect(res.status).toBe(400);
      expect((await res.json()).issues[0].field).toBe(field);
    }
    const extra = await appRatingsForTraining();
    expect(extra.filter((r) => r.user === `app:${viewer}`).map((r) => [r.item, r.rating]).sort()).toEqual([[a, 5], [b, 4]].sort());
    const base = await loadMovieLens({ source: 'sample' });
    const withApp = await loadMovieLens({ source: 'sample', extra: [...extra, { user: `app:${viewer}`, item: 'no-such-movie', rating: 3, timestamp: 0 }] });
    expect(withApp.extraUsed).toBe(2);
    expect(withApp.data.all.nUsers).toBe(base.data.all.nUsers + 1);
    expect(withApp.data.folds[0].train.length).toBe(base.data.folds[0].train.length); // evaluation splits unchanged
  });
});

describe('model card', () => {
  it('is written from the active run: its nDCG and activity slices are the run\'s', async () => {
    const { run } = await models.require();
    const detail = (run.metrics as { detail: { ranking: { ndcg: number }; slices: unknown[] } }).detail;
    const { card, error } = await loadModelCard();
    expect(error).toBeNull();
    expect(card?.metrics.measures.find((m) => m.name === 'nDCG@10')?.value).toBe(detail.ranking.ndcg);
    expect(card?.quantitativeAnalyses[0].groups).toHaveLength(detail.slices.length);
    expect(card?.modelDetails.version).toBe(run.id);
  });
});

describe('run routes', () => {
  it('lists runs, shows one, and guards the admin routes', async () => {
    const body = await (await listRuns(new Request('http://localhost/api/runs'), undefined)).json();
    expect(body.activeRunId).toBe(state.outcomes.ease.runId);
    const id = state.outcomes.mf.runId as string;
    const run = await (await getRun(new Request(`http://localhost/api/runs/${id}`), ctx(id))).json();
    expect(run.metrics.headline.name).toBe('rmse');
    expect((await train(post('/api/train', { config: 'ease' }), undefined)).status).toBe(401);
    expect((await promote(post(`/api/runs/${id}/promote`, {}), ctx(id))).status).toBe(401);
    const bad = await train(post('/api/train', { config: 'svdpp' }, { authorization: `Bearer ${TOKEN}` }), undefined);
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues[0].field).toBe('config');
  });

  it('promotes MF with the token and serving switches', async () => {
    const id = state.outcomes.mf.runId as string;
    const res = await promote(post(`/api/runs/${id}/promote`, {}, { authorization: `Bearer ${TOKEN}` }), ctx(id));
    expect(res.status).toBe(200);
    let served = await models.require();
    for (let t = 0; t < 100 && served.run.id !== id; t += 1) {
      await new Promise((r) => setTimeout(r, 200));
      served = await models.require();
    }
    expect(served.run.id).toBe(id);
    expect(served.model.model.kind).toBe('mf');
  });
});
