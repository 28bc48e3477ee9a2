// Equal-frequency binning with cut points at the training quantiles; missing values get their own bin.
import { binIndex, presentNumbers, quantileCuts, toNumber, type RawValue } from './values';

export interface QuantileBinsState {
  kind: 'quantile-bins';
  /** Ascending interior cut points: bin i holds cuts[i-1] <= x < cuts[i]. */
  cuts: number[];
  output: 'index' | 'one-hot';
}

export function fitQuantileBins(values: Iterable<RawValue>, options: { bins?: number; output?: 'index' | 'one-hot' } = {}): QuantileBinsState {
  return { kind: 'quantile-bins', cuts: quantileCuts(presentNumbers(values), options.bins ?? 10), output: options.output ?? 'index' };
}

/** Number of bins, including the trailing bin for missing values. */
export function quantileBinCount(state: QuantileBinsState): number {
  return state.cuts.length + 2;
}

export function quantileBinOf(state: QuantileBinsState, value: RawValue): number {
  const x = toNumber(value);
  return x === null ? state.cuts.length + 1 : binIndex(state.cuts, x);
}

export function applyQuantileBins(state: QuantileBinsState, value: RawValue): number[] {
  const bin = quantileBinOf(state, value);
  if (state.output === 'index') return [bin];
  const out = new Array<number>(quantileBinCount(state)).fill(0);
  out[bin] = 1;
  return out;
}
