// Scaling to [0, 1] with the training minimum and maximum.
import { presentNumbers, toNumber, type RawValue } from './values';

export interface MinMaxState {
  kind: 'min-max';
  min: number;
  max: number;
  /** Clip values outside the training range to [0, 1]. */
  clip: boolean;
}

export function fitMinMax(values: Iterable<RawValue>, options: { clip?: boolean } = {}): MinMaxState {
  const xs = presentNumbers(values);
  let min = Infinity;
  let max = -Infinity;
  for (const x of xs) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (xs.length === 0) {
    min = 0;
    max = 1;
  }
  return { kind: 'min-max', min, max, clip: options.clip ?? true };
}

export function applyMinMax(state: MinMaxState, value: RawValue): number {
  const x = toNumber(value);
  if (x === null) return 0;
  const range = state.max - state.min;
  const y = range > 0 ? (x - state.min) / range : 0;
  return state.clip ? Math.min(1, Math.max(0, y)) : y;
}
