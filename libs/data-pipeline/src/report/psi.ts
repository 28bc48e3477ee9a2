// Population stability index between two samples of a feature (reference: the training split).
// Numeric features are cut at the reference deciles; categorical ones compare category shares.
import { binIndex, presentNumbers, quantileCuts, toCategory, toNumber, type RawValue } from '../encode/values';
import type { DriftEntry } from './schema';

const EPS = 1e-4;

function psiOf(expected: number[], actual: number[]): number {
  const e = expected.reduce((a, b) => a + b, 0) || 1;
  const a = actual.reduce((x, y) => x + y, 0) || 1;
  let psi = 0;
  for (let i = 0; i < expected.length; i++) {
    const pe = Math.max(expected[i] / e, EPS);
    const pa = Math.max(actual[i] / a, EPS);
    psi += (pa - pe) * Math.log(pa / pe);
  }
  return Number(psi.toFixed(6));
}

export function psiNumeric(reference: readonly RawValue[], compared: readonly RawValue[], bins = 10): number {
  const cuts = quantileCuts(presentNumbers(reference), bins);
  const count = (values: readonly RawValue[]) => {
    const c = new Array<number>(cuts.length + 2).fill(0);
    for (const v of values) {
      const x = toNumber(v);
      c[x === null ? cuts.length + 1 : binIndex(cuts, x)]++;
    }
    return c;
  };
  return psiOf(count(reference), count(compared));
}

export function psiCategorical(reference: readonly RawValue[], compared: readonly RawValue[]): number {
  const cats = new Map<string, number>();
  const key = (v: RawValue) => toCategory(v) ?? '__missing__';
  for (const v of [...reference, ...compared]) if (!cats.has(key(v))) cats.set(key(v), cats.size);
  const count = (values: readonly RawValue[]) => {
    const c = new Array<number>(cats.size).fill(0);
    for (const v of values) c[cats.get(key(v)) ?? 0]++;
    return c;
  };
  return psiOf(count(reference), count(compared));
}

export function psiLevel(psi: number): DriftEntry['level'] {
  return psi < 0.1 ? 'stable' : psi < 0.25 ? 'moderate' : 'major';
}
