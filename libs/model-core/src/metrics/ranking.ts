// Top-k ranking metrics for recommendations. Each per-user function scores one ranked list against
// that user's relevant items; `rankingReport` averages them over users.
//
// Conventions (stated because libraries differ):
// - precision@k divides the hits in the top k by k, even when the list is shorter than k.
// - recall@k divides the hits by the number of relevant items.
// - nDCG@k: DCG = sum over ranks i = 1..k of gain(rel_i) / log2(i + 1), divided by the DCG of the
//   ideal order of the user's relevant items. Gain is the grade itself (linear, as scikit-learn's
//   ndcg_score) or 2^grade - 1 (exponential). The ratio does not depend on the log base.
// - AP@k = sum over ranks i <= k holding a relevant item of precision@i, divided by
//   min(k, number of relevant items); MAP@k is its mean over users. This is the normalisation of
//   map_at_k in microsoft/recommenders (recommenders/evaluation/python_evaluation.py), which follows
//   Spark MLlib's RankingMetrics.meanAveragePrecisionAt: a user can reach 1 even with more than k
//   relevant items.
// - Reciprocal rank: 1 / rank of the first relevant item in the top k, 0 when there is none.
// - A user with no relevant items has no defined recall, nDCG, AP or reciprocal rank (NaN), and
//   `rankingReport` leaves such users out of every mean and counts them.
import { assertPositiveInteger, meanDefined } from './input-checks';

export type ItemId = string | number;

/** One user's relevant items: a set or list (binary relevance) or a map item -> grade (graded; > 0 counts as relevant). */
export type Relevance = ReadonlySet<ItemId> | readonly ItemId[] | ReadonlyMap<ItemId, number>;

export type GainKind = 'linear' | 'exponential';

function toGrades(relevance: Relevance): Map<ItemId, number> {
  const grades = new Map<ItemId, number>();
  if (relevance instanceof Map) {
    for (const [item, grade] of relevance) {
      if (!Number.isFinite(grade) || grade < 0) throw new RangeError(`ranking: grade of ${String(item)} must be finite and >= 0`);
      if (grade > 0) grades.set(item, grade);
    }
  } else {
    for (const item of relevance as Iterable<ItemId>) grades.set(item, 1);
  }
  return grades;
}

function topK(name: string, recommended: readonly ItemId[], k: number): readonly ItemId[] {
  assertPositiveInteger(name, 'k', k);
  const top = recommended.slice(0, k);
  if (new Set(top).size !== top.length) throw new RangeError(`${name}: the recommended list repeats an item`);
  return top;
}

function hitCount(top: readonly ItemId[], grades: ReadonlyMap<ItemId, number>): number {
  return top.reduce<number>((count, item) => count + (grades.has(item) ? 1 : 0), 0);
}

export function precisionAtK(recommended: readonly ItemId[], relevant: Relevance, k: number): number {
  const top = topK('precisionAtK', recommended, k);
  return hitCount(top, toGrades(relevant)) / k;
}

export function recallAtK(recommended: readonly ItemId[], relevant: Relevance, k: number): number {
  const top = topK('recallAtK', recommended, k);
  const grades = toGrades(relevant);
  return grades.size === 0 ? Number.NaN : hitCount(top, grades) / grades.size;
}

function gainOf(grade: number, kind: GainKind): number {
  return kind === 'linear' ? grade : 2 ** grade - 1;
}

export function ndcgAtK(recommended: readonly ItemId[], relevant: Relevance, k: number, gain: GainKind = 'linear'): number {
  const top = topK('ndcgAtK', recommended, k);
  const grades = toGrades(relevant);
  let dcg = 0;
  top.forEach((item, index) => {
    dcg += gainOf(grades.get(item) ?? 0, gain) / Math.log2(index + 2);
  });
  const ideal = [...grades.values()].sort((first, second) => second - first).slice(0, k);
  const idealDcg = ideal.reduce((total, grade, index) => total + gainOf(grade, gain) / Math.log2(index + 2), 0);
  return idealDcg === 0 ? Number.NaN : dcg / idealDcg;
}

/** AP@k normalised by min(k, number of relevant items) (see the notes at the top of this file). */
export function averagePrecisionAtK(recommended: readonly ItemId[], relevant: Relevance, k: number): number {
  const top = topK('averagePrecisionAtK', recommended, k);
  const grades = toGrades(relevant);
  if (grades.size === 0) return Number.NaN;
  let hits = 0;
  let total = 0;
  top.forEach((item, index) => {
    if (grades.has(item)) {
      hits += 1;
      total += hits / (index + 1);
    }
  });
  return total / Math.min(k, grades.size);
}

/** 1 / rank of the first relevant item within the top k (default: the whole list); 0 if none. */
export function reciprocalRank(recommended: readonly ItemId[], relevant: Relevance, k?: number): number {
  const top = k === undefined ? topK('reciprocalRank', recommended, Math.max(recommended.length, 1)) : topK('reciprocalRank', recommended, k);
  const grades = toGrades(relevant);
  if (grades.size === 0) return Number.NaN;
  const rank = top.findIndex((item) => grades.has(item));
  return rank === -1 ? 0 : 1 / (rank + 1);
}

export interface RankingCase {
  recommended: readonly ItemId[];
  relevant: Relevance;
}

export interface RankingReport {
  k: number;
  /** Users with at least one relevant item: the ones averaged. */
  users: number;
  /** Users left out because they have no relevant item. */
  usersWithoutRelevant: number;
  precision: number;
  recall: number;
  ndcg: number;
  /** MAP@k, microsoft/recommenders normalisation. */
  map: number;
  /** Mean reciprocal rank within the top k. */
  mrr: number;
}

export function rankingReport(cases: readonly RankingCase[], k: number, gain: GainKind = 'linear'): RankingReport {
  assertPositiveInteger('rankingReport', 'k', k);
  const evaluated = cases.filter((entry) => toGrades(entry.relevant).size > 0);
  const meanOf = (metric: (entry: RankingCase) => number) => meanDefined(evaluated.map(metric));
  return {
    k,
    users: evaluated.length,
    usersWithoutRelevant: cases.length - evaluated.length,
    precision: meanOf((entry) => precisionAtK(entry.recommended, entry.relevant, k)),
    recall: meanOf((entry) => recallAtK(entry.recommended, entry.relevant, k)),
    ndcg: meanOf((entry) => ndcgAtK(entry.recommended, entry.relevant, k, gain)),
    map: meanOf((entry) => averagePrecisionAtK(entry.recommended, entry.relevant, k)),
    mrr: meanOf((entry) => reciprocalRank(entry.recommended, entry.relevant, k)),
  };
}
