// Population stability index (PSI) between the training applications and those scored since.
// At training time each monitored quantity is cut at its training deciles and the share of training
// rows per bin is stored with the model; at monitoring time the logged applications are counted into
// the same bins. PSI = sum over bins of (actual - expected) * ln(actual / expected), shares floored at
// 1e-4 so an empty bin stays finite. Usual reading: below 0.1 stable, 0.1 to 0.25 a moderate shift
// worth watching, above 0.25 a major shift (retrain or investigate).
import { binIndex, quantileCuts } from '@atlas/data-pipeline';

export interface PsiReference {
  name: string;
  label: string;
  /** Interior cut points; bin i holds values in [cuts[i-1], cuts[i]). */
  cuts: number[];
  /** Training share per bin (cuts.length + 1 bins). */
  expected: number[];
}

export type PsiLevel = 'stable' | 'moderate' | 'major';

export interface PsiResult {
  name: string;
  label: string;
  psi: number;
  level: PsiLevel;
  bins: { from: number | null; to: number | null; expected: number; actual: number }[];
}

const FLOOR = 1e-4;

export function psiLevelOf(psi: number): PsiLevel {
  return psi < 0.1 ? 'stable' : psi < 0.25 ? 'moderate' : 'major';
}

function shares(cuts: readonly number[], values: readonly number[]): number[] {
  const counts = new Array<number>(cuts.length + 1).fill(0);
  for (const v of values) counts[binIndex(cuts, v)]++;
  const n = values.length || 1;
  return counts.map((c) => c / n);
}

export function psiReference(name: string, label: string, trainingValues: readonly number[], bins = 10): PsiReference {
  const cuts = quantileCuts(trainingValues, bins);
  return { name, label, cuts, expected: shares(cuts, trainingValues) };
}

/** PSI of two share vectors over the same bins. */
export function psi(expected: readonly number[], actual: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < expected.length; i++) {
    const e = Math.max(expected[i], FLOOR);
    const a = Math.max(actual[i], FLOOR);
    total += (a - e) * Math.log(a / e);
  }
  return total;
}

export function psiAgainst(reference: PsiReference, values: readonly number[]): PsiResult {
  const actual = shares(reference.cuts, values);
  const value = psi(reference.expected, actual);
  return {
    name: reference.name,
    label: reference.label,
    psi: value,
    level: psiLevelOf(value),
    bins: reference.expected.map((expected, i) => ({
      from: i === 0 ? null : reference.cuts[i - 1],
      to: i === reference.cuts.length ? null : reference.cuts[i],
      expected,
      actual: actual[i],
    })),
  };
}

/** Minimum number of scored applications before the index is worth reading. */
export const MIN_MONITORED = 100;

/**
 * The stability of every monitored quantity, from logged applications (as rows the model reads) and
 * the PDs the model gave them. A reference named 'pd' compares the PDs.
 */
export function stabilityOf(references: readonly PsiReference[], rows: readonly Record<string, unknown>[], pds: readonly number[]): PsiResult[] {
  return references.map((ref) => {
    const values = ref.name === 'pd' ? [...pds] : rows.map((r) => Number(r[ref.name])).filter(Number.isFinite);
    return psiAgainst(ref, values);
  });
}
