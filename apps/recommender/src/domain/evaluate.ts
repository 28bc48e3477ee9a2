// The two protocols of the issue, on model-core's metrics:
// - rating prediction: RMSE and MAE on each upstream fold u1..u5, mean over the folds;
// - top-10: per-user 75/25 split, every item the user has not rated in train ranked, relevance =
//   the user's test items; precision@10, recall@10, nDCG@10, MAP@10, catalog coverage, novelty.
import { averagePrecisionAtK, bootstrapCi, catalogCoverage, mae, ndcgAtK, novelty, precisionAtK, recallAtK, rmse } from '@atlas/model-core';
import { itemsByUser, type RecDataset } from './dataset';
import type { Interactions } from './algorithms';

export const K = 10;

export interface RatingFoldResult {
  fold: string;
  rmse: number;
  mae: number;
  n: number;
}

export interface RatingReport {
  folds: RatingFoldResult[];
  rmse: number;
  mae: number;
  /** Mean +- the spread across folds (min/max of the five). */
  rmseRange: [number, number];
}

export function ratingReport(folds: RatingFoldResult[]): RatingReport {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const r = folds.map((f) => f.rmse);
  return { folds, rmse: mean(r), mae: mean(folds.map((f) => f.mae)), rmseRange: [Math.min(...r), Math.max(...r)] };
}

export function evaluateRatingFold(name: string, all: Interactions, test: Int32Array, predict: (user: number, item: number) => number): RatingFoldResult {
  const truth: number[] = [];
  const pred: number[] = [];
  for (let j = 0; j < test.length; j += 1) {
    const r = test[j];
    truth.push(all.ratings[r]);
    pred.push(Math.min(5, Math.max(1, predict(all.users[r], all.items[r]))));
  }
  return { fold: name, rmse: rmse(truth, pred), mae: mae(truth, pred), n: truth.length };
}

export interface RankingMetrics {
  precision: number;
  recall: number;
  ndcg: number;
  map: number;
  coverage: number;
  novelty: number;
  users: number;
}

export interface Ci {
  low: number;
  high: number;
  level: number;
}

export interface RankingEvaluation {
  metrics: RankingMetrics;
  ci: { ndcg: Ci; precision: Ci; recall: Ci; map: Ci };
  /** Per user (index), the metrics: for slices and failure cases. */
  perUser: { user: number; trainCount: number; ndcg: number; precision: number; recall: number; list: number[] }[];
}

/** Top-k item indices of `scores`, skipping `exclude`. */
export function topK(scores: ArrayLike<number>, k: number, exclude?: ReadonlySet<number>): number[] {
  const best: number[] = [];
  for (let i = 0; i < scores.length; i += 1) {
    if (exclude?.has(i)) continue;
    const s = scores[i];
    if (best.length === k && s <= scores[best[k - 1]]) continue;
    let pos = best.length < k ? best.length : k - 1;
    if (best.length < k) best.push(i);
    while (pos > 0 && scores[best[pos - 1]] < s) {
      best[pos] = best[pos - 1];
      pos -= 1;
    }
    best[pos] = i;
  }
  return best;
}

/** Item share of train interactions (for novelty); items never seen get half an interaction. */
export function popularityShares(all: Interactions, trainRows: ArrayLike<number>): Map<number, number> {
  const counts = new Float64Array(all.nItems).fill(0.5);
  for (let j = 0; j < trainRows.length; j += 1) counts[all.items[trainRows[j]]] += 1;
  const total = counts.reduce((a, b) => a + b, 0);
  return new Map(Array.from(counts, (c, i) => [i, c / total]));
}

/**
 * Scores with `score(user, trainItems)` (any model), ranks every item not in the user's train items.
 * `rerank` (optional) post-processes the candidate scores (the diversity dial).
 */
export function evaluateRanking(
  data: RecDataset,
  score: (user: number, trainItems: number[]) => ArrayLike<number>,
  options: { k?: number; rerank?: (scores: ArrayLike<number>, exclude: Set<number>, k: number) => number[]; bootstrap?: boolean } = {},
): RankingEvaluation {
  const k = options.k ?? K;
  const { all, ranking } = data;
  const trainBy = itemsByUser(all, ranking.train);
  const testBy = itemsByUser(all, ranking.test);
  const lists: number[][] = [];
  const perUser: RankingEvaluation['perUser'] = [];
  for (let u = 0; u < all.nUsers; u += 1) {
    if (testBy[u].length === 0) continue;
    const exclude = new Set(trainBy[u]);
    const scores = score(u, trainBy[u]);
    const list = options.rerank ? options.rerank(scores, exclude, k) : topK(scores, k, exclude);
    lists.push(list);
    const rel = new Set(testBy[u]);
    perUser.push({
      user: u,
      trainCount: trainBy[u].length,
      ndcg: ndcgAtK(list, rel, k),
      precision: precisionAtK(list, rel, k),
      recall: recallAtK(list, rel, k),
      list,
    });
  }
  const maps = perUser.map((p, idx) => averagePrecisionAtK(lists[idx], new Set(testBy[p.user]), k));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const shares = popularityShares(all, ranking.train);
  const metrics: RankingMetrics = {
    precision: mean(perUser.map((p) => p.precision)),
    recall: mean(perUser.map((p) => p.recall)),
    ndcg: mean(perUser.map((p) => p.ndcg)),
    map: mean(maps),
    coverage: catalogCoverage(lists, all.nItems, k),
    novelty: novelty(lists, shares, k),
    users: perUser.length,
  };
  const ciOf = (xs: number[]): Ci => {
    if (options.bootstrap === false) return { low: mean(xs), high: mean(xs), level: 0.95 };
    const b = bootstrapCi([xs], (v) => mean([...v]), { seed: 7, resamples: 500 });
    return { low: b.lower, high: b.upper, level: b.level };
  };
  return {
    metrics,
    ci: { ndcg: ciOf(perUser.map((p) => p.ndcg)), precision: ciOf(perUser.map((p) => p.precision)), recall: ciOf(perUser.map((p) => p.recall)), map: ciOf(maps) },
    perUser,
  };
}
