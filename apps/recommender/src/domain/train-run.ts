// One training run of a configuration: both evaluation protocols, the knob tradeoff curve, slices,
// failure cases, then the final fit on all ratings (what is served), personas and onboarding
// movies. Pure TypeScript; the trainer (src/server/training) wraps it in the shared training flow.
import { fitEase, fitMf, fitPopularity, mfPredict, subset, type Interactions } from './algorithms';
import type { ItemInfo, RecDataset } from './dataset';
import { evaluateRanking, evaluateRatingFold, ratingReport, type Ci, type RankingMetrics, type RatingReport } from './evaluate';
import type { RecConfig } from './configs';
import { LIKED, listDiversity, recommend, rerank, scoreAll, type Knobs, type ScoringModel, type UserRating } from './recommender';

export interface Persona {
  id: string;
  name: string;
  description: string;
  topGenres: string[];
  ratings: UserRating[];
}

export interface DialPoint extends Knobs {
  ndcg: number;
  coverage: number;
  novelty: number;
  diversity_ild: number;
}

export interface SliceRow {
  slice: string;
  users: number;
  ndcg: number;
  precision: number;
  recall: number;
}

export interface FailureCase {
  user: string;
  trainCount: number;
  topGenres: string[];
  recommended: string[];
  heldOut: string[];
  ndcg: number;
}

export interface RecMetrics {
  config: string;
  kind: RecConfig['kind'];
  isSample: boolean;
  rating: RatingReport | null;
  ranking: RankingMetrics;
  rankingCi: { ndcg: Ci; precision: Ci; recall: Ci; map: Ci };
  slices: SliceRow[];
  failures: FailureCase[];
  dial: DialPoint[];
  split: { rankingSeed: string; rankingFingerprint: string; trainRows: number; testRows: number };
  timings: { ratingSeconds: number; rankingSeconds: number; finalSeconds: number; totalSeconds: number };
  data: { users: number; items: number; ratings: number; ratingCounts: number[]; itemsByDecile: number[] };
  latency: { warmP50Ms: number; warmP99Ms: number; coldP50Ms: number; coldP99Ms: number; runs: number } | null;
}

export interface Preprocess {
  format: 'atlas-recommender';
  version: 1;
  kind: RecConfig['kind'];
  items: ItemInfo[];
  /** Ratings per item in the served model's training data (popularity, novelty, reasons). */
  counts: number[];
  personas: Persona[];
  /** Items offered to rate when onboarding a new user (the most rated ones). */
  onboarding: number[];
  globalMean: number;
  isSample: boolean;
  /** Regularisation of the fold-in of a new user (MF) and EASE's lambda. */
  foldIn: { reg: number; regBias: number; lambda: number };
}

export interface TrainedRun {
  model: ScoringModel;
  preprocess: Preprocess;
  metrics: RecMetrics;
}

export type RunProgress = { stage: string; message: string; fraction: number };

function fitConfig(config: RecConfig, data: Interactions, onFraction?: (f: number) => void, signal?: AbortSignal): ScoringModel {
  if (config.kind === 'popularity') return fitPopularity(data, config.shrink);
  if (config.kind === 'ease') return fitEase(data, config.lambda, onFraction);
  return fitMf(data, config, (e) => {
    if (signal?.aborted) throw new Error('cancelled');
    onFraction?.(e.epoch / e.epochs);
  });
}

function ratingPredictor(model: ScoringModel): ((u: number, i: number) => number) | null {
  if (model.kind === 'mf') return (u, i) => mfPredict(model, u, i);
  if (model.kind === 'popularity') return (_u, i) => model.itemMean[i];
  return null;
}

export function topGenres(ratings: readonly UserRating[], items: readonly ItemInfo[], n = 3): string[] {
  const count = new Map<string, number>();
  let liked = ratings.filter((r) => r.rating >= LIKED);
  if (!liked.length) liked = [...ratings];
  for (const r of liked) for (const g of items[r.item]?.genres ?? []) count.set(g, (count.get(g) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([g]) => g);
}

const PERSONA_GENRES = ['Sci-Fi', 'Romance', 'Comedy', 'Horror', "Children's", 'Documentary', 'Western', 'Film-Noir'];

export function pickPersonas(data: RecDataset, max = 6): Persona[] {
  const { all, items } = data;
  const byUser: UserRating[][] = Array.from({ length: all.nUsers }, () => []);
  for (let j = 0; j < all.users.length; j += 1) byUser[all.users[j]].push({ item: all.items[j], rating: all.ratings[j] });
  const used = new Set<number>();
  const out: Persona[] = [];
  for (const genre of PERSONA_GENRES) {
    let best = -1;
    let bestShare = 0;
    byUser.forEach((ratings, u) => {
      if (used.has(u) || ratings.length < 30 || ratings.length > 200) return;
      const liked = ratings.filter((r) => r.rating >= LIKED);
      if (liked.length < 10) return;
      const share = liked.filter((r) => items[r.item].genres.includes(genre)).length / liked.length;
      if (share > bestShare) {
        bestShare = share;
        best = u;
      }
    });
    if (best < 0 || bestShare < 0.15) continue;
    used.add(best);
    const ratings = byUser[best];
    const genres = topGenres(ratings, items);
    const favourites = ratings.filter((r) => r.rating === 5).slice(0, 3).map((r) => items[r.item].title);
    out.push({
      id: data.userKeys[best],
      name: `The ${genre} fan`,
      description: `${Math.round(bestShare * 100)}% of the movies this viewer liked are ${genre}; also likes ${genres.filter((g) => g !== genre).slice(0, 2).join(' and ') || 'little else'}.` +
        (favourites.length ? ` Gave 5★ to ${favourites.join(', ')}.` : ''),
      topGenres: genres,
      ratings,
    });
    if (out.length >= max) break;
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const x = (sorted.length - 1) * p;
  const lo = Math.floor(x);
  const hi = Math.ceil(x);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (x - lo);
}

function dataSummary(data: RecDataset, counts: number[]): RecMetrics['data'] {
  const ratingCounts = [0, 0, 0, 0, 0];
  for (let j = 0; j < data.all.ratings.length; j += 1) {
    const r = Math.round(data.all.ratings[j]);
    if (r >= 1 && r <= 5) ratingCounts[r - 1] += 1;
  }
  // Long tail: share of all ratings held by each tenth of the catalogue, most rated first.
  const sorted = [...counts].sort((a, b) => b - a);
  const total = sorted.reduce((a, b) => a + b, 0) || 1;
  const itemsByDecile = Array.from({ length: 10 }, (_, d) => {
    const lo = Math.floor((d * sorted.length) / 10);
    const hi = Math.floor(((d + 1) * sorted.length) / 10);
    return sorted.slice(lo, hi).reduce((a, b) => a + b, 0) / total;
  });
  return { users: data.all.nUsers, items: data.all.nItems, ratings: data.all.ratings.length, ratingCounts, itemsByDecile };
}

export const DIAL_POINTS: Knobs[] = [
  { diversity: 0, popularityPenalty: 0 },
  { diversity: 0.25, popularityPenalty: 0 },
  { diversity: 0.5, popularityPenalty: 0 },
  { diversity: 0.75, popularityPenalty: 0 },
  { diversity: 0, popularityPenalty: 0.5 },
  { diversity: 0.5, popularityPenalty: 0.5 },
];

/** Mean RMSE/MAE over the upstream folds (u1..u5 on MovieLens): fit on each fold's train, score its test. */
export function evaluateRatingProtocol(
  config: RecConfig,
  data: RecDataset,
  options: { folds?: number; signal?: AbortSignal; onFold?: (fold: string, fraction: number) => void; onFoldDone?: (fold: string, rmse: number) => void } = {},
): RatingReport | null {
  const results = [];
  for (const fold of data.folds.slice(0, options.folds ?? data.folds.length)) {
    if (options.signal?.aborted) throw new Error('cancelled');
    const m = fitConfig(config, subset(data.all, fold.train), (f) => options.onFold?.(fold.name, f), options.signal);
    const predict = ratingPredictor(m);
    if (!predict) return null;
    const result = evaluateRatingFold(fold.name, data.all, fold.test, predict);
    results.push(result);
    options.onFoldDone?.(fold.name, result.rmse);
  }
  return ratingReport(results);
}

export function trainRecRun(
  configName: string,
  config: RecConfig,
  data: RecDataset,
  options: { onProgress?: (p: RunProgress) => void; signal?: AbortSignal; folds?: number; measureLatency?: boolean } = {},
): TrainedRun {
  const t0 = performance.now();
  const report = options.onProgress ?? (() => undefined);
  const check = () => {
    if (options.signal?.aborted) throw new Error('cancelled');
  };
  const folds = data.folds.slice(0, options.folds ?? data.folds.length);
  const hasRating = config.kind !== 'ease';
  const steps = (hasRating ? folds.length : 0) + 2;
  let step = 0;
  const sub = (stage: string, message: string) => (f: number) => report({ stage, message, fraction: Math.min(1, (step + f) / steps) });

  // 1. rating prediction on the upstream folds
  const rating = hasRating
    ? evaluateRatingProtocol(config, data, {
        folds: folds.length,
        signal: options.signal,
        onFold: (name, f) => report({ stage: 'rating', message: `rating protocol: fitting fold ${name}`, fraction: Math.min(1, (step + f) / steps) }),
        onFoldDone: (name, rmse) => {
          step += 1;
          report({ stage: 'rating', message: `fold ${name}: RMSE ${rmse.toFixed(4)}`, fraction: step / steps });
        },
      })
    : null;
  const t1 = performance.now();

  // 2. top-10 ranking on the per-user split
  check();
  const rankTrain = subset(data.all, data.ranking.train);
  const rankModel = fitConfig(config, rankTrain, sub('ranking', 'ranking protocol: fitting on the 75% split'), options.signal);
  const trainBy: UserRating[][] = Array.from({ length: data.all.nUsers }, () => []);
  for (let j = 0; j < data.ranking.train.length; j += 1) {
    const r = data.ranking.train[j];
    trainBy[data.all.users[r]].push({ item: data.all.items[r], rating: data.all.ratings[r] });
  }
  // The served path: fold the user's train ratings in (MF) or sum item weights (EASE).
  const scorer = (u: number) => {
    if (rankModel.kind === 'mf') {
      const m = rankModel;
      const out = new Float32Array(data.all.nItems);
      for (let i = 0; i < out.length; i += 1) out[i] = mfPredict(m, u, i);
      return out;
    }
    return scoreAll(rankModel, trainBy[u], data.all.nItems);
  };
  const evaluation = evaluateRanking(data, (u) => scorer(u));
  const rankCounts = new Float32Array(data.all.nItems);
  for (let j = 0; j < rankTrain.items.length; j += 1) rankCounts[rankTrain.items[j]] += 1;
  const dial: DialPoint[] = DIAL_POINTS.map((knobs) => {
    check();
    const ev = evaluateRanking(data, (u) => scorer(u), { bootstrap: false, rerank: (s, ex, k) => rerank(s, ex, k, data.items, rankCounts, knobs) });
    const ild = ev.perUser.reduce((a, p) => a + listDiversity(p.list, data.items), 0) / Math.max(ev.perUser.length, 1);
    return { ...knobs, ndcg: ev.metrics.ndcg, coverage: ev.metrics.coverage, novelty: ev.metrics.novelty, diversity_ild: ild };
  });
  const bucket = (n: number) => (n < 30 ? 'under 30 ratings' : n < 100 ? '30-99 ratings' : n < 300 ? '100-299 ratings' : '300+ ratings');
  const sliceMap = new Map<string, { users: number; ndcg: number; precision: number; recall: number }>();
  for (const p of evaluation.perUser) {
    const s = sliceMap.get(bucket(p.trainCount)) ?? { users: 0, ndcg: 0, precision: 0, recall: 0 };
    s.users += 1;
    s.ndcg += p.ndcg;
    s.precision += p.precision;
    s.recall += p.recall;
    sliceMap.set(bucket(p.trainCount), s);
  }
  const order = ['under 30 ratings', '30-99 ratings', '100-299 ratings', '300+ ratings'];
  const slices = order.filter((s) => sliceMap.has(s)).map((slice) => {
    const s = sliceMap.get(slice) ?? { users: 1, ndcg: 0, precision: 0, recall: 0 };
    return { slice, users: s.users, ndcg: s.ndcg / s.users, precision: s.precision / s.users, recall: s.recall / s.users };
  });
  const testBy: number[][] = Array.from({ length: data.all.nUsers }, () => []);
  for (let j = 0; j < data.ranking.test.length; j += 1) testBy[data.all.users[data.ranking.test[j]]].push(data.all.items[data.ranking.test[j]]);
  const failures: FailureCase[] = evaluation.perUser
    .filter((p) => p.ndcg === 0)
    .sort((a, b) => b.trainCount - a.trainCount)
    .slice(0, 4)
    .map((p) => ({
      user: data.userKeys[p.user],
      trainCount: p.trainCount,
      topGenres: topGenres(trainBy[p.user], data.items),
      recommended: p.list.slice(0, 5).map((i) => data.items[i].title),
      heldOut: testBy[p.user].slice(0, 5).map((i) => data.items[i].title),
      ndcg: p.ndcg,
    }));
  step += 1;
  const t2 = performance.now();

  // 3. the served model: all ratings
  check();
  const model = fitConfig(config, data.all, sub('final', 'final fit on all ratings'), options.signal);
  const counts = new Array<number>(data.all.nItems).fill(0);
  let total = 0;
  for (let j = 0; j < data.all.items.length; j += 1) {
    counts[data.all.items[j]] += 1;
    total += data.all.ratings[j];
  }
  const personas = pickPersonas(data);
  const onboarding = counts.map((c, i) => [c, i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, 24).map(([, i]) => i);
  step += 1;
  const t3 = performance.now();
  report({ stage: 'final', message: 'done', fraction: 1 });

  let latency: RecMetrics['latency'] = null;
  if (options.measureLatency !== false && personas.length) {
    const time = (ratings: UserRating[]) => {
      const xs: number[] = [];
      for (let r = 0; r < 60; r += 1) {
        const s = performance.now();
        recommend(model, ratings, data.items, counts);
        xs.push(performance.now() - s);
      }
      return xs.slice(10).sort((a, b) => a - b);
    };
    const warm = time(personas[0].ratings);
    const cold = time(onboarding.slice(0, 5).map((item, idx) => ({ item, rating: idx % 2 ? 4 : 5 })));
    latency = { warmP50Ms: percentile(warm, 0.5), warmP99Ms: percentile(warm, 0.99), coldP50Ms: percentile(cold, 0.5), coldP99Ms: percentile(cold, 0.99), runs: warm.length };
  }

  return {
    model,
    preprocess: { format: 'atlas-recommender', version: 1, kind: config.kind, items: data.items, counts, personas, onboarding, globalMean: data.all.ratings.length ? total / data.all.ratings.length : 3, isSample: data.isSample, foldIn: { reg: config.kind === 'mf' ? config.reg : 0, regBias: config.kind === 'mf' ? config.regBias : 0, lambda: config.kind === 'ease' ? config.lambda : 0 } },
    metrics: {
      config: configName,
      kind: config.kind,
      isSample: data.isSample,
      rating,
      ranking: evaluation.metrics,
      rankingCi: evaluation.ci,
      slices,
      failures,
      dial,
      split: { rankingSeed: data.ranking.seed, rankingFingerprint: data.ranking.fingerprint, trainRows: data.ranking.train.length, testRows: data.ranking.test.length },
      timings: { ratingSeconds: (t1 - t0) / 1000, rankingSeconds: (t2 - t1) / 1000, finalSeconds: (t3 - t2) / 1000, totalSeconds: (t3 - t0) / 1000 },
      latency,
      data: dataSummary(data, counts),
    },
  };
}
