import type { SplitSet } from '../../src/split/types';

/** Largest absolute difference (in percentage points) between a part's class shares and the overall shares. */
export function maxStratificationGap<E>(split: SplitSet, byId: ReadonlyMap<string, E>, classOf: (e: E) => string): number {
  const overall = new Map<string, number>();
  let total = 0;
  const perPart = Object.entries(split.parts).map(([name, ids]) => {
    const counts = new Map<string, number>();
    for (const id of ids) {
      const c = classOf(byId.get(id) as E);
      counts.set(c, (counts.get(c) ?? 0) + 1);
      overall.set(c, (overall.get(c) ?? 0) + 1);
      total++;
    }
    return { name, counts, size: ids.length };
  });
  let gap = 0;
  for (const part of perPart) {
    if (part.size === 0) continue;
    for (const [c, n] of overall) {
      gap = Math.max(gap, Math.abs((100 * (part.counts.get(c) ?? 0)) / part.size - (100 * n) / total));
    }
  }
  return gap;
}
