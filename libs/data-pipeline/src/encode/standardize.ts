// z-score scaling fitted on the training values.
import { presentNumbers, toNumber, type RawValue } from './values';

export interface StandardizeState {
  kind: 'standardize';
  mean: number;
  std: number;
  count: number;
}

export function fitStandardize(values: Iterable<RawValue>): StandardizeState {
  const xs = presentNumbers(values);
  if (xs.length === 0) return { kind: 'standardize', mean: 0, std: 1, count: 0 };
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / xs.length;
  let sq = 0;
  for (const x of xs) sq += (x - mean) * (x - mean);
  const std = Math.sqrt(sq / xs.length);
  return { kind: 'standardize', mean, std: std > 0 ? std : 1, count: xs.length };
}

/** Missing values map to 0 (the mean); impute first to choose otherwise. */
export function applyStandardize(state: StandardizeState, value: RawValue): number {
  const x = toNumber(value);
  return x === null ? 0 : (x - state.mean) / state.std;
}

export function invertStandardize(state: StandardizeState, z: number): number {
  return z * state.std + state.mean;
}
