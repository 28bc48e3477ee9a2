// Recommendation metrics that look past hit rates: how much of the catalog gets recommended
// (coverage), how unpopular the recommended items are (novelty), and how different the items of
// one list are from each other (intra-list diversity).
import type { ItemId } from './ranking';
import { meanDefined } from './input-checks';

/**
 * Share of the catalog that appears in at least one list (within each list's top k when k is
 * given). `catalog` is the catalog's size, or its items (then recommended items outside it are not
 * counted).
 */
export function catalogCoverage(
  lists: readonly (readonly ItemId[])[],
  catalog: number | Iterable<ItemId>,
  k?: number,
): number {
  const recommended = new Set<ItemId>();
  for (const list of lists) for (const item of k === undefined ? list : list.slice(0, k)) recommended.add(item);
  if (typeof catalog === 'number') {
    if (!(catalog > 0)) throw new RangeError('catalogCoverage: the catalog size must be positive');
    return recommended.size / catalog;
  }
  const catalogItems = new Set(catalog);
  if (catalogItems.size === 0) throw new RangeError('catalogCoverage: the catalog is empty');
  let covered = 0;
  for (const item of recommended) if (catalogItems.has(item)) covered += 1;
  return covered / catalogItems.size;
}

/**
 * Popularity of each item as its share of all interactions (one entry per user-item interaction):
 * the "item choice" model of Castells, Vargas and Wang (ECIR 2011), which microsoft/recommenders'
 * historical_item_novelty also uses.
 */
export function itemPopularity(interactions: Iterable<ItemId>): Map<ItemId, number> {
  const counts = new Map<ItemId, number>();
  let total = 0;
  for (const item of interactions) {
    counts.set(item, (counts.get(item) ?? 0) + 1);
    total += 1;
  }
  const popularity = new Map<ItemId, number>();
  for (const [item, count] of counts) popularity.set(item, count / total);
  return popularity;
}

/**
 * Mean self-information -log2(popularity) of the recommended items, over every item of every list
 * (within the top k when k is given), in bits. An item with no popularity (never interacted with)
 * would have infinite novelty, so it is an error: compute popularity over a set that includes it,
 * or filter it out. NaN when the lists hold no items.
 */
export function novelty(
  lists: readonly (readonly ItemId[])[],
  popularity: ReadonlyMap<ItemId, number>,
  k?: number,
): number {
  let total = 0;
  let count = 0;
  for (const list of lists) {
    for (const item of k === undefined ? list : list.slice(0, k)) {
      const share = popularity.get(item);
      if (share === undefined || !(share > 0 && share <= 1)) {
        throw new RangeError(`novelty: item ${String(item)} needs a popularity in (0, 1], got ${String(share)}`);
      }
      total -= Math.log2(share);
      count += 1;
    }
  }
  return count === 0 ? Number.NaN : total / count;
}

/**
 * Mean distance over the unordered pairs of one list (Ziegler et al., 2005, with distance instead
 * of similarity). NaN for a list of fewer than two items. Pass item ids with a distance on ids, or
 * feature vectors with `cosineDistance` / `euclideanDistance`.
 */
export function intraListDiversity<T>(items: readonly T[], distance: (first: T, second: T) => number): number {
  if (items.length < 2) return Number.NaN;
  let total = 0;
  let pairs = 0;
  for (let first = 0; first < items.length; first += 1) {
    for (let second = first + 1; second < items.length; second += 1) {
      total += distance(items[first], items[second]);
      pairs += 1;
    }
  }
  return total / pairs;
}

/** Mean intra-list diversity over lists, leaving out lists of fewer than two items. */
export function meanIntraListDiversity<T>(lists: readonly (readonly T[])[], distance: (first: T, second: T) => number): number {
  return meanDefined(lists.map((list) => intraListDiversity(list, distance)));
}

/** 1 - cosine similarity; NaN when either vector is all zeros. */
export function cosineDistance(first: readonly number[], second: readonly number[]): number {
  if (first.length !== second.length) throw new RangeError('cosineDistance: vectors differ in length');
  let dot = 0;
  let firstNorm = 0;
  let secondNorm = 0;
  for (let index = 0; index < first.length; index += 1) {
    dot += first[index] * second[index];
    firstNorm += first[index] ** 2;
    secondNorm += second[index] ** 2;
  }
  if (firstNorm === 0 || secondNorm === 0) return Number.NaN;
  return 1 - dot / Math.sqrt(firstNorm * secondNorm);
}

export function euclideanDistance(first: readonly number[], second: readonly number[]): number {
  if (first.length !== second.length) throw new RangeError('euclideanDistance: vectors differ in length');
  let total = 0;
  for (let index = 0; index < first.length; index += 1) total += (first[index] - second[index]) ** 2;
  return Math.sqrt(total);
}
