// Small numeric helpers shared by the encoders. Every transform uses only + - * / and comparisons
// (logarithms are taken at fit time and stored), so Node and the browser give bit-identical outputs.

export type RawValue = number | string | boolean | null | undefined;

// Hot paths avoid global lookups (slow inside sandboxes such as Jest's vm contexts): NaN is the only
// value that is not equal to itself.
export function isMissing(value: RawValue): value is null | undefined {
  return value === null || value === undefined || value === '' || value !== value;
}

export function toNumber(value: RawValue): number | null {
  if (typeof value === 'number') return value === value ? value : null;
  if (isMissing(value)) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

export function toCategory(value: RawValue): string | null {
  if (isMissing(value)) return null;
  return String(value);
}

export function presentNumbers(values: Iterable<RawValue>): number[] {
  const out: number[] = [];
  for (const v of values) {
    const n = toNumber(v);
    if (n !== null) out.push(n);
  }
  return out;
}

/** Linear-interpolation quantile (type 7) of sorted values. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Index of the bin of `value` given ascending interior cut points: the number of cuts <= value. */
export function binIndex(cuts: readonly number[], value: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Unique cut points at the k-quantiles of the values (k bins at most). */
export function quantileCuts(values: readonly number[], bins: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const cuts: number[] = [];
  for (let i = 1; i < bins; i++) {
    const q = quantileSorted(sorted, i / bins);
    if (Number.isFinite(q) && q > sorted[0] && (cuts.length === 0 || q > cuts[cuts.length - 1])) cuts.push(q);
  }
  return cuts;
}
