// Loads MovieLens 100K through the dataset catalog (cache or mirror; never bundled, never committed)
// and turns the build into the recommender's RecDataset. Node only.
import { buildMovieLens100k, type MovieLensBuild } from '@atlas/data-pipeline/node';
import { indexRatings, rowsOf, type RawRating, type RecDataset } from '../domain/dataset';

export const RANKING_TEST_RATIO = 0.25;

/**
 * `extra`: ratings given in the app. They join the final fit only: the evaluation folds and the
 * ranking split are the upstream ones, so published comparisons stay valid. Unknown movies are dropped.
 */
export async function loadMovieLens(options: { source?: 'auto' | 'real' | 'sample'; seed?: string; extra?: readonly RawRating[] } = {}): Promise<{ data: RecDataset; build: MovieLensBuild; extraUsed: number }> {
  const build = await buildMovieLens100k({ source: options.source ?? 'auto', rankingTestRatio: RANKING_TEST_RATIO, ...(options.seed ? { seed: options.seed } : {}) });
  const items = build.movies.map((m) => ({ key: String(m.id), title: m.title, year: m.year, genres: m.genres }));
  const known = new Set(items.map((it) => it.key));
  const extra = (options.extra ?? []).filter((r) => known.has(r.item));
  const raw = [...build.examples.map((r) => ({ user: String(r.userId), item: String(r.itemId), rating: r.rating, timestamp: r.timestamp })), ...extra];
  const { rowOf, ...indexed } = indexRatings(raw, items);
  const data: RecDataset = {
    name: build.entry.title,
    source: build.entry.homepage ?? build.entry.id,
    license: build.entry.license.name,
    isSample: build.isSample,
    ...indexed,
    folds: build.folds.map((f) => ({ name: f.name, train: rowsOf(f.parts.train, rowOf), test: rowsOf(f.parts.test, rowOf) })),
    ranking: {
      seed: build.ranking.seed ?? '',
      fingerprint: build.ranking.fingerprint,
      train: rowsOf(build.ranking.parts.train, rowOf),
      test: rowsOf(build.ranking.parts.test, rowOf),
    },
  };
  return { data, build, extraUsed: extra.length };
}
