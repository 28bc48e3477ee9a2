// One-hot encoding with an "unknown" bucket (the last column) for categories unseen in training,
// rare categories and missing values.
import { compareIds } from '../split/ids';
import { toCategory, type RawValue } from './values';

export interface OneHotState {
  kind: 'one-hot';
  categories: string[];
}

export const UNKNOWN_CATEGORY = '__unknown__';

export function fitOneHot(values: Iterable<RawValue>, options: { minCount?: number } = {}): OneHotState {
  const counts = new Map<string, number>();
  for (const v of values) {
    const c = toCategory(v);
    if (c !== null) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const min = options.minCount ?? 1;
  const categories = [...counts.entries()].filter(([, n]) => n >= min).map(([c]) => c).sort(compareIds);
  return { kind: 'one-hot', categories };
}

export function oneHotWidth(state: OneHotState): number {
  return state.categories.length + 1;
}

export function oneHotIndex(state: OneHotState, value: RawValue): number {
  const c = toCategory(value);
  const i = c === null ? -1 : state.categories.indexOf(c);
  return i === -1 ? state.categories.length : i;
}

export function applyOneHot(state: OneHotState, value: RawValue): number[] {
  const out = new Array<number>(oneHotWidth(state)).fill(0);
  out[oneHotIndex(state, value)] = 1;
  return out;
}

export function oneHotNames(state: OneHotState, column: string): string[] {
  return [...state.categories.map((c) => `${column}=${c}`), `${column}=${UNKNOWN_CATEGORY}`];
}
