// Missing-value imputation fitted on training values, with an optional missing-indicator column.
import { compareIds } from '../split/ids';
import { isMissing, presentNumbers, quantileSorted, toCategory, type RawValue } from './values';

export type ImputeStrategy = 'median' | 'mean' | 'most-frequent' | 'constant';

export interface ImputeState {
  kind: 'impute';
  strategy: ImputeStrategy;
  value: number | string;
  indicator: boolean;
}

export function fitImpute(
  values: Iterable<RawValue>,
  options: { strategy?: ImputeStrategy; constant?: number | string; indicator?: boolean } = {},
): ImputeState {
  const strategy = options.strategy ?? 'median';
  const list = Array.from(values);
  let value: number | string;
  if (strategy === 'constant') value = options.constant ?? 0;
  else if (strategy === 'most-frequent') {
    const counts = new Map<string, number>();
    for (const v of list) {
      const c = toCategory(v);
      if (c !== null) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))[0];
    const asNumber = best ? Number(best[0]) : 0;
    value = best ? (Number.isFinite(asNumber) && best[0].trim() !== '' ? asNumber : best[0]) : 0;
  } else {
    const xs = presentNumbers(list).sort((a, b) => a - b);
    if (xs.length === 0) value = 0;
    else if (strategy === 'median') value = quantileSorted(xs, 0.5);
    else value = xs.reduce((a, b) => a + b, 0) / xs.length;
  }
  return { kind: 'impute', strategy, value, indicator: options.indicator ?? false };
}

export function applyImpute(state: ImputeState, value: RawValue): { value: RawValue; missing: boolean } {
  return isMissing(value) ? { value: state.value, missing: true } : { value, missing: false };
}
