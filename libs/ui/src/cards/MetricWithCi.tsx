import { formatNumber } from '../charts/format';

export interface MetricWithCiProps {
  label: string;
  value: number;
  ci?: { low: number; high: number; level: number; method?: string } | null;
  anchor?: { name: string; value: number; source?: string } | null;
  higherIsBetter?: boolean;
  digits?: number;
}

/** A metric as it should be read: the value, its interval, and what it is compared with. */
export function MetricWithCi({ label, value, ci, anchor, higherIsBetter = true, digits = 3 }: MetricWithCiProps) {
  const better = anchor ? (higherIsBetter ? value > anchor.value : value < anchor.value) : null;
  const diff = anchor ? value - anchor.value : null;
  const ciExcludesAnchor = anchor && ci ? anchor.value < ci.low || anchor.value > ci.high : null;
  return (
    <dl className="grid gap-1" data-testid={`metric-${label}`}>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="grid gap-0.5">
        <span className="text-2xl font-semibold tabular-nums">{formatNumber(value, digits)}</span>
        {ci ? (
          <span className="text-sm text-slate-600 dark:text-slate-300" title={ci.method}>
            {Math.round(ci.level * 100)}% CI {formatNumber(ci.low, digits)} – {formatNumber(ci.high, digits)}
          </span>
        ) : (
          <span className="text-sm text-slate-500">no interval measured</span>
        )}
        {anchor && diff !== null ? (
          <span className={`text-sm ${better ? 'text-emerald-700 dark:text-emerald-400' : 'text-amber-700 dark:text-amber-400'}`} title={anchor.source}>
            {diff >= 0 ? '+' : '−'}
            {formatNumber(Math.abs(diff), digits)} vs {anchor.name} ({formatNumber(anchor.value, digits)}){better ? ', better' : ', not better'}
            {ciExcludesAnchor === false ? '; the interval includes the anchor' : ''}
          </span>
        ) : null}
      </dd>
    </dl>
  );
}
