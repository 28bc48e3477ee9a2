// Per-feature summaries and histograms of the quality report.
import { isMissing, presentNumbers, quantileSorted, toCategory, type RawValue } from '../encode/values';
import { compareIds } from '../split/ids';
import type { FeatureSummary } from './schema';

export type FeatureType = 'numeric' | 'categorical' | 'text';

export interface FeatureDef<E> {
  name: string;
  type: FeatureType;
  get: (example: E) => RawValue;
}

const round = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(8)) : x);

export function histogram(values: readonly number[], bins = 10): { edges: number[]; counts: number[] } {
  if (values.length === 0) return { edges: [], counts: [] };
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) return { edges: [min, max], counts: [values.length] };
  const width = (max - min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => round(i === bins ? max : min + i * width));
  const counts = new Array<number>(bins).fill(0);
  const last = bins - 1;
  for (const v of values) {
    const b = ((v - min) / width) | 0;
    counts[b > last ? last : b]++;
  }
  return { edges, counts };
}

export function summarizeNumeric(name: string, raw: readonly RawValue[]): FeatureSummary {
  const xs = presentNumbers(raw).sort((a, b) => a - b);
  const n = xs.length;
  let mean: number | null = null;
  let std: number | null = null;
  if (n > 0) {
    const m = xs.reduce((a, b) => a + b, 0) / n;
    mean = round(m);
    std = round(Math.sqrt(xs.reduce((a, b) => a + (b - m) * (b - m), 0) / n));
  }
  return {
    type: 'numeric',
    name,
    count: raw.length,
    missing: raw.length - n,
    min: n ? xs[0] : null,
    max: n ? xs[n - 1] : null,
    mean,
    std,
    p25: n ? round(quantileSorted(xs, 0.25)) : null,
    median: n ? round(quantileSorted(xs, 0.5)) : null,
    p75: n ? round(quantileSorted(xs, 0.75)) : null,
    histogram: histogram(xs),
  };
}

export function summarizeCategorical(name: string, raw: readonly RawValue[], top = 20): FeatureSummary {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const v of raw) {
    const c = toCategory(v);
    if (c === null) missing++;
    else counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return {
    type: 'categorical',
    name,
    count: raw.length,
    missing,
    distinct: counts.size,
    top: [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))
      .slice(0, top)
      .map(([value, count]) => ({ value, count })),
  };
}

export function summarizeText(name: string, raw: readonly RawValue[], displayable: boolean): FeatureSummary {
  const lengths: number[] = [];
  const distinct = new Set<string>();
  let missing = 0;
  for (const v of raw) {
    if (isMissing(v)) {
      missing++;
      continue;
    }
    const s = String(v);
    distinct.add(s);
    lengths.push(Array.from(s).length);
  }
  return {
    type: 'text',
    name,
    count: raw.length,
    missing,
    distinct: distinct.size,
    meanLength: lengths.length ? round(lengths.reduce((a, b) => a + b, 0) / lengths.length) : null,
    lengthHistogram: histogram(lengths),
    displayable,
  };
}

export function summarizeFeatures<E>(examples: readonly E[], features: readonly FeatureDef<E>[], displayable = true): FeatureSummary[] {
  return features.map((f) => {
    const values = examples.map(f.get);
    if (f.type === 'numeric') return summarizeNumeric(f.name, values);
    if (f.type === 'categorical') return summarizeCategorical(f.name, values);
    return summarizeText(f.name, values, displayable);
  });
}

export function missingByColumn<E>(examples: readonly E[], features: readonly FeatureDef<E>[]): Record<string, { count: number; fraction: number }> {
  const out: Record<string, { count: number; fraction: number }> = {};
  for (const f of features) {
    let count = 0;
    for (const e of examples) if (isMissing(f.get(e))) count++;
    out[f.name] = { count, fraction: examples.length ? round(count / examples.length) : 0 };
  }
  return out;
}
