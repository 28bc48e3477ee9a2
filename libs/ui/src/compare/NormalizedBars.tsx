'use client';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, ChartFrame, chartSize, type ChartSizeProps } from '../charts/ChartFrame';
import { formatNumber } from '../charts/format';
import type { CompareRow } from './compare-rows';
import { normalizedAxes } from './normalized-axes';

/** The domains with a model on four normalised axes (1 = best of those shown), as grouped bars. */
export function NormalizedBars({ rows, width, height = 300 }: { rows: CompareRow[] } & ChartSizeProps) {
  const withModel = rows.filter((r) => r.hasModel);
  const data = normalizedAxes(withModel);
  return (
    <ChartFrame
      title="Where each product is strongest"
      description="Each axis is scaled across the products shown: 1 is the best of them, 0 the weakest (speed, size and training cost on a log scale). Relative standing only: a 0 can still be good enough."
    >
      {withModel.length === 0 ? (
        <p className="py-8 text-center text-sm text-slate-500">No domain has a trained model yet.</p>
      ) : (
        <BarChart {...chartSize({ width, height })} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} vertical={false} />
          <XAxis dataKey="axis" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 1]} tickCount={6} />
          <Tooltip formatter={(v) => (v === null ? 'not measured' : formatNumber(Number(v), 2))} />
          <Legend verticalAlign="top" />
          {withModel.map((r, i) => (
            <Bar key={r.id} dataKey={r.name} fill={CHART_COLORS[i % CHART_COLORS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </ChartFrame>
  );
}
