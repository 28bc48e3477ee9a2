// Seeded, stratified splits: every stratum is shuffled with its own generator (seed + stratum) and cut
// by the largest-remainder rule, so each part holds each class in the requested proportion.
import { fingerprint, sortIds } from './ids';
import { createRng, shuffleInPlace } from './rng';
import type { SplitSet } from './types';

/** Splits `n` items into parts proportional to `fractions` (largest remainder, ties by part order). */
export function allocate(n: number, fractions: readonly number[]): number[] {
  const total = fractions.reduce((a, b) => a + b, 0);
  const exact = fractions.map((f) => (n * f) / total);
  const counts = exact.map(Math.floor);
  let left = n - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k].i]++;
  return counts;
}

export interface StratifiedSplitOptions {
  seed: string;
  fractions: Readonly<Record<string, number>>;
  name?: string;
  strategy?: SplitSet['strategy'];
  stratifiedBy?: string;
  sample?: boolean;
}

/** Splits items (id + stratum) into the parts of `fractions`. Input order does not matter. */
export function stratifiedSplit(
  items: ReadonlyArray<{ id: string; stratum: string }>,
  options: StratifiedSplitOptions,
): SplitSet {
  const partNames = Object.keys(options.fractions);
  const fractions = partNames.map((p) => options.fractions[p]);
  if (fractions.some((f) => !(f >= 0)) || fractions.every((f) => f === 0)) {
    throw new Error(`Invalid split fractions ${JSON.stringify(options.fractions)}`);
  }
  const strata = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const { id, stratum } of items) {
    if (seen.has(id)) throw new Error(`Duplicate id "${id}" in split input: ids must be unique.`);
    seen.add(id);
    const list = strata.get(stratum);
    if (list) list.push(id);
    else strata.set(stratum, [id]);
  }
  const parts: Record<string, string[]> = Object.fromEntries(partNames.map((p) => [p, [] as string[]]));
  for (const stratum of [...strata.keys()].sort()) {
    const ids = sortIds(strata.get(stratum) ?? []);
    shuffleInPlace(ids, createRng(`${options.seed}\u0000${stratum}`));
    const counts = allocate(ids.length, fractions);
    let start = 0;
    counts.forEach((count, i) => {
      parts[partNames[i]].push(...ids.slice(start, start + count));
      start += count;
    });
  }
  for (const p of partNames) parts[p] = sortIds(parts[p]);
  return {
    name: options.name ?? 'stratified',
    strategy: options.strategy ?? 'stratified',
    seed: options.seed,
    fractions: { ...options.fractions },
    stratifiedBy: options.stratifiedBy,
    parts,
    fingerprint: splitFingerprint(parts),
    sample: options.sample ?? false,
  };
}

export function splitFingerprint(parts: Record<string, readonly string[]>): string {
  const flat: string[] = [];
  for (const name of Object.keys(parts).sort()) flat.push(`#${name}`, ...parts[name]);
  return fingerprint(flat);
}

/** A split given by upstream (e.g. CLINC150 train/val/test): parts are recorded as they are. */
export function upstreamSplit(
  parts: Record<string, Iterable<string>>,
  options: { name?: string; strategy?: SplitSet['strategy']; sample?: boolean } = {},
): SplitSet {
  const sorted = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, sortIds(v)]));
  return {
    name: options.name ?? 'upstream',
    strategy: options.strategy ?? 'upstream',
    seed: null,
    parts: sorted,
    fingerprint: splitFingerprint(sorted),
    sample: options.sample ?? false,
  };
}

/** The examples of one part, in the order of the split's ids. */
export function selectPart<E>(split: SplitSet, part: string, byId: ReadonlyMap<string, E>): E[] {
  const ids = split.parts[part];
  if (!ids) throw new Error(`Split "${split.name}" has no part "${part}" (parts: ${Object.keys(split.parts).join(', ')}).`);
  return ids.map((id) => {
    const e = byId.get(id);
    if (e === undefined) throw new Error(`Split "${split.name}" refers to id "${id}", which the data does not hold.`);
    return e;
  });
}

/** Which part each id belongs to. */
export function partOf(split: SplitSet): Map<string, string> {
  const map = new Map<string, string>();
  for (const [part, ids] of Object.entries(split.parts)) for (const id of ids) map.set(id, part);
  return map;
}
