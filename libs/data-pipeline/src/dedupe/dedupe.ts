// Duplicate detection, exact and normalized. Examples are visited split by split in priority order
// (train first), so a duplicate that also occurs in training is removed from the evaluation side:
// a duplicate across train and test is leakage.

export type DuplicateKind = 'exact' | 'normalized';

export interface RemovedDuplicate {
  id: string;
  /** The kept example it duplicates. */
  duplicateOf: string;
  kind: DuplicateKind;
  /** Split of the removed example and of the kept one (undefined before splitting). */
  split?: string;
  keptSplit?: string;
  /** True when the two sit in different splits. */
  leakage: boolean;
  /** True when the two carry different labels. */
  labelConflict: boolean;
}

export interface DuplicateStats {
  kind: DuplicateKind;
  removed: number;
  /** Removed duplicates per split of the removed example ("all" before splitting). */
  bySplit: Record<string, number>;
  /** Cross-split duplicates, "kept-split->removed-split" -> count. */
  leakage: Record<string, number>;
  labelConflicts: number;
}

export interface DedupeResult<E> {
  kept: E[];
  removed: RemovedDuplicate[];
  stats: DuplicateStats[];
}

export interface DedupeOptions<E> {
  id: (e: E) => string;
  /** Exact key (e.g. the raw text, or all feature values and the label). */
  exactKey: (e: E) => string;
  /** Normalized key (e.g. normalized text). Omit to detect exact duplicates only. */
  normalizedKey?: (e: E) => string;
  label?: (e: E) => string;
  split?: (e: E) => string | undefined;
  /** Splits in keep-priority order; unknown splits come last. Default ['train', 'val', 'test']. */
  splitPriority?: readonly string[];
}

export function dedupe<E>(examples: readonly E[], options: DedupeOptions<E>): DedupeResult<E> {
  const priority = options.splitPriority ?? ['train', 'val', 'test'];
  const rank = (e: E) => {
    const s = options.split?.(e);
    const r = s === undefined ? -1 : priority.indexOf(s);
    return r === -1 ? priority.length : r;
  };
  const ordered = examples.map((e, i) => ({ e, i, r: rank(e) })).sort((a, b) => a.r - b.r || a.i - b.i);
  const removed: RemovedDuplicate[] = [];
  const removedIds = new Set<string>();
  const passes: Array<[DuplicateKind, (e: E) => string]> = [['exact', options.exactKey]];
  if (options.normalizedKey) passes.push(['normalized', options.normalizedKey]);
  const stats: DuplicateStats[] = [];
  for (const [kind, key] of passes) {
    const first = new Map<string, E>();
    const stat: DuplicateStats = { kind, removed: 0, bySplit: {}, leakage: {}, labelConflicts: 0 };
    for (const { e } of ordered) {
      const id = options.id(e);
      if (removedIds.has(id)) continue;
      const k = key(e);
      const kept = first.get(k);
      if (kept === undefined) {
        first.set(k, e);
        continue;
      }
      const split = options.split?.(e);
      const keptSplit = options.split?.(kept);
      const leakage = split !== keptSplit;
      const labelConflict = options.label ? options.label(e) !== options.label(kept) : false;
      removed.push({ id, duplicateOf: options.id(kept), kind, split, keptSplit, leakage, labelConflict });
      removedIds.add(id);
      stat.removed++;
      const s = split ?? 'all';
      stat.bySplit[s] = (stat.bySplit[s] ?? 0) + 1;
      if (leakage) {
        const pair = `${keptSplit ?? 'all'}->${split ?? 'all'}`;
        stat.leakage[pair] = (stat.leakage[pair] ?? 0) + 1;
      }
      if (labelConflict) stat.labelConflicts++;
    }
    stats.push(stat);
  }
  return { kept: examples.filter((e) => !removedIds.has(options.id(e))), removed, stats };
}
