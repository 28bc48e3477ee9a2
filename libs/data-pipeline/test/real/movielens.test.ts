// MovieLens 100K through the mirror: counts, latin-1 titles, the upstream folds and the ranking split.
import { buildMovieLens100k } from '../../src/datasets/movielens-100k';
import { byIdOrThrow, manifestEntry, realResolve } from '../helpers/env';

describe('movielens-100k', () => {
  let build: Awaited<ReturnType<typeof buildMovieLens100k>>;
  beforeAll(async () => {
    build = await buildMovieLens100k({ source: 'real', resolve: realResolve() });
  });

  it('matches the MANIFEST counts', () => {
    const m = manifestEntry('recommender', 'movielens-100k');
    expect(build.examples).toHaveLength(m.counts.ratings);
    expect(build.users).toHaveLength(m.counts.users);
    expect(build.movies).toHaveLength(m.counts.items);
    expect(new Set(build.examples.map((r) => r.userId)).size).toBe(m.counts.users);
    expect(new Set(build.examples.map((r) => r.itemId)).size).toBe(m.counts.items);
    const balance: Record<string, number> = {};
    for (const r of build.examples) balance[`rating_${r.rating}`] = (balance[`rating_${r.rating}`] ?? 0) + 1;
    expect(balance).toEqual(m.class_balance);
    expect(build.report.classBalanceIn).toEqual(Object.fromEntries(Object.entries(m.class_balance).map(([k, v]) => [k.replace('_', ' '), v])));
    expect(build.genres).toHaveLength(19);
  });

  it('decodes u.item as latin-1', () => {
    const accented = build.movies.filter((mv) => /[\u00c0-\u00ff]/.test(mv.title));
    expect(accented.length).toBeGreaterThanOrEqual(5);
    expect(build.movies.some((mv) => mv.title.includes('\ufffd'))).toBe(false);
    expect(build.movies.filter((mv) => mv.releaseDate === null)).toHaveLength(1);
  });

  it('keeps the upstream folds u1..u5 (80,000 / 20,000, disjoint test sets)', () => {
    const m = manifestEntry('recommender', 'movielens-100k');
    expect(build.folds.map((f) => f.name)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5']);
    const tests = new Set<string>();
    for (const fold of build.folds) {
      expect(fold.parts.train).toHaveLength(m.counts.cv_folds[fold.name].base);
      expect(fold.parts.test).toHaveLength(m.counts.cv_folds[fold.name].test);
      for (const id of fold.parts.test) tests.add(id);
    }
    expect(tests.size).toBe(100000);
    expect(build.split.name).toBe('u1');
  });

  it('holds out about 20 % of every user in the ranking split, reproducibly', () => {
    const byUser = new Map<number, { train: number; test: number }>();
    for (const part of ['train', 'test'] as const) {
      for (const id of build.ranking.parts[part]) {
        const u = byIdOrThrow(build.byId, id).userId;
        const c = byUser.get(u) ?? { train: 0, test: 0 };
        c[part]++;
        byUser.set(u, c);
      }
    }
    expect(byUser.size).toBe(943);
    for (const c of byUser.values()) {
      expect(c.train).toBeGreaterThan(0);
      expect(c.test).toBe(Math.max(1, Math.round((c.train + c.test) * 0.2)));
    }
    expect(build.ranking.seed).toBe('atlas-2024');
    expect(build.report.splits.map((s) => s.name)).toEqual(['u1', 'per-user-ratio']);
  });
});
