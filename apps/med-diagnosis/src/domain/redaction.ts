// What the prediction log keeps of a patient: the task and each measurement rounded to whole units
// (to two significant digits for the small WDBC ratios), so a logged row is coarser than the record.
import { createHash } from 'node:crypto';
import type { RawFeatures } from './features';

function coarse(v: number): number {
  if (Math.abs(v) >= 10) return Math.round(v);
  return Number(v.toPrecision(2));
}

export function redactPatient(task: string, patient: RawFeatures): { task: string; patient: Record<string, number | null> } {
  return { task, patient: Object.fromEntries(Object.entries(patient).map(([k, v]) => [k, typeof v === 'number' ? coarse(v) : null])) };
}

export function hashPatient(task: string, patient: RawFeatures): string {
  const keys = Object.keys(patient).sort();
  return createHash('sha256').update(JSON.stringify([task, keys.map((k) => [k, patient[k] ?? null])])).digest('hex');
}
