// Serving logic shared by the API, the training run's evaluation and the tests: scores for a user
// given their ratings (fold-in: no retraining), the diversity dial (maximal marginal relevance over
// genre distance) with a popularity penalty, and a reason for each recommendation. Pure TypeScript.
import { easeScores, mfFoldIn, type EaseModel, type MfModel, type PopularityModel } from './algorithms';
import type { ItemInfo } from './dataset';

export type ScoringModel = PopularityModel | MfModel | EaseModel;

export interface UserRating {
  /** Dense item index. */
  item: number;
  /** 1..5 */
  rating: number;
}

/** Ratings at or above this count as "liked" for the implicit model and for reasons. */
export const LIKED = 4;

export interface Knobs {
  /** 0 = pure relevance, 1 = as different from the items already picked as possible (MMR lambda). */
  diversity: number;
  /** 0..1: how strongly popular items are pushed down. */
  popularityPenalty: number;
}

export const DEFAULT_KNOBS: Knobs = { diversity: 0, popularityPenalty: 0 };

/** Raw model scores for every item (higher = recommend first). */
export function scoreAll(model: ScoringModel, ratings: readonly UserRating[], nItems: number): Float32Array {
  if (model.kind === 'popularity') return Float32Array.from(model.counts);
  if (model.kind === 'ease') return easeScores(model, ratings.map((r) => r.item));
  const { bias, factors } = mfFoldIn(model, ratings);
  const k = model.factors;
  const out = new Float32Array(nItems);
  for (let i = 0; i < nItems; i += 1) {
    let dot = 0;
    for (let f = 0; f < k; f += 1) dot += factors[f] * model.itemFactors[i * k + f];
    out[i] = model.globalMean + bias + model.itemBias[i] + dot;
  }
  return out;
}

/** 1 - Jaccard similarity of two items' genre sets (1 when either has none). */
export function genreDistance(a: ItemInfo, b: ItemInfo): number {
  if (!a.genres.length || !b.genres.length) return 1;
  const set = new Set(a.genres);
  let inter = 0;
  for (const g of b.genres) if (set.has(g)) inter += 1;
  return 1 - inter / (a.genres.length + b.genres.length - inter);
}

/** Mean pairwise genre distance of a list (intra-list diversity); 0 for fewer than two items. */
export function listDiversity(list: readonly number[], items: readonly ItemInfo[]): number {
  let total = 0;
  let n = 0;
  for (let a = 0; a < list.length; a += 1) {
    for (let b = a + 1; b < list.length; b += 1) {
      total += genreDistance(items[list[a]], items[list[b]]);
      n += 1;
    }
  }
  return n ? total / n : 0;
}

/**
 * Top-k with maximal marginal relevance (Carbonell and Goldstein 1998): from the `pool` best items
 * by score, pick greedily the item maximising (1 - d) * relevance - d * max similarity to the items
 * already picked, relevance min-max scaled over the pool and lowered by the popularity penalty.
 * With both knobs at 0 this is the plain top-k.
 */
export function rerank(
  scores: ArrayLike<number>,
  exclude: ReadonlySet<number>,
  k: number,
  items: readonly ItemInfo[],
  popularity: ArrayLike<number>,
  knobs: Knobs,
  pool = 100,
): number[] {
  const candidates: number[] = [];
  for (let i = 0; i < scores.length; i += 1) if (!exclude.has(i) && Number.isFinite(scores[i])) candidates.push(i);
  candidates.sort((a, b) => scores[b] - scores[a] || a - b);
  if (knobs.diversity <= 0 && knobs.popularityPenalty <= 0) return candidates.slice(0, k);
  const top = candidates.slice(0, Math.max(pool, k));
  const hi = scores[top[0]];
  const lo = scores[top[top.length - 1]];
  let maxPop = 1;
  for (let i = 0; i < popularity.length; i += 1) maxPop = Math.max(maxPop, popularity[i]);
  const logMax = Math.log1p(maxPop);
  const rel = new Map(top.map((i) => [i, (hi > lo ? (scores[i] - lo) / (hi - lo) : 1) - knobs.popularityPenalty * (Math.log1p(popularity[i] ?? 0) / logMax)]));
  const picked: number[] = [];
  const left = new Set(top);
  while (picked.length < k && left.size) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of left) {
      let sim = 0;
      for (const j of picked) sim = Math.max(sim, 1 - genreDistance(items[i], items[j]));
      const value = (1 - knobs.diversity) * (rel.get(i) ?? 0) - knobs.diversity * sim;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    picked.push(best);
    left.delete(best);
  }
  return picked;
}

export interface Reason {
  kind: 'because-you-rated' | 'similar-taste' | 'popular';
  text: string;
  /** The rated item the reason points at, when there is one. */
  item: number | null;
}

function cosine(a: Float32Array, ai: number, bi: number, k: number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let f = 0; f < k; f += 1) {
    const x = a[ai * k + f];
    const y = a[bi * k + f];
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Why `item` was recommended. EASE: the rated item with the largest weight toward it (its exact
 * share of the score). MF: the liked item nearest in the learned item-embedding space. Popularity:
 * how many people rated it.
 */
export function reasonFor(model: ScoringModel, item: number, ratings: readonly UserRating[], items: readonly ItemInfo[], counts: ArrayLike<number>): Reason {
  const liked = ratings.filter((r) => r.rating >= LIKED);
  const pool = liked.length ? liked : ratings;
  if (model.kind === 'popularity' || pool.length === 0) {
    return { kind: 'popular', text: `popular: rated by ${Math.round(counts[item] ?? 0)} people in the training data`, item: null };
  }
  let best = -1;
  let bestValue = -Infinity;
  for (const r of pool) {
    const v = model.kind === 'ease' ? model.weights[r.item * model.nItems + item] : cosine(model.itemFactors, r.item, item, model.factors);
    if (v > bestValue) {
      bestValue = v;
      best = r.item;
    }
  }
  const rated = ratings.find((r) => r.item === best);
  const title = items[best]?.title ?? `item ${best}`;
  if (model.kind === 'ease') return { kind: 'because-you-rated', text: `because you rated ${title} ${rated?.rating ?? ''}★`.trim(), item: best };
  return { kind: 'similar-taste', text: `close to ${title} (you rated it ${rated?.rating ?? ''}★) in the learned taste space`, item: best };
}

export interface Recommendation {
  item: number;
  key: string;
  title: string;
  year: number | null;
  genres: string[];
  score: number;
  reason: Reason;
}

export interface RecommendResult {
  recommendations: Recommendation[];
  /** Of this list: mean pairwise genre distance and mean self-information of the items (bits). */
  diversity: number;
  novelty: number;
}

export function recommend(
  model: ScoringModel,
  ratings: readonly UserRating[],
  items: readonly ItemInfo[],
  counts: ArrayLike<number>,
  knobs: Knobs = DEFAULT_KNOBS,
  k = 10,
): RecommendResult {
  const scores = scoreAll(model, ratings, items.length);
  const exclude = new Set(ratings.map((r) => r.item));
  const list = rerank(scores, exclude, k, items, counts, knobs);
  let total = 0;
  for (let i = 0; i < counts.length; i += 1) total += (counts[i] ?? 0) + 0.5;
  const novelty = list.length ? list.reduce((s, i) => s - Math.log2(((counts[i] ?? 0) + 0.5) / total), 0) / list.length : 0;
  return {
    recommendations: list.map((i) => ({
      item: i,
      key: items[i].key,
      title: items[i].title,
      year: items[i].year,
      genres: items[i].genres,
      score: scores[i],
      reason: reasonFor(model, i, ratings, items, counts),
    })),
    diversity: listDiversity(list, items),
    novelty,
  };
}
