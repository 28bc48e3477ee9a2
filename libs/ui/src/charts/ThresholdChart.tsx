'use client';
import { useId } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, ChartFrame, chartSize, type ChartSizeProps } from './ChartFrame';
import { formatNumber } from './format';
import { thinPoints } from './thin-points';

export type ThresholdPoint = { threshold: number } & Record<string, number | null>;

export interface ThresholdSeries {
  /** A key of the points ('tpr', 'precision', 'approvalRate'...). */
  key: string;
  label: string;
}

export interface ThresholdChartProps extends ChartSizeProps {
  points: ThresholdPoint[];
  series: ThresholdSeries[];
  /** The current threshold, drawn as a vertical line. */
  cursor?: number;
  /** When given, clicking the chart or moving the slider under it sets the threshold. */
  onCursorChange?: (threshold: number) => void;
  title?: string;
  /** Axis range of the values; default [0, 1] (rates). Pass 'auto' for money and counts. */
  yDomain?: [number, number] | 'auto';
  formatValue?: (value: number) => string;
}

/** Metric curves against the decision threshold, with the current cutoff as a cursor. */
export function ThresholdChart({
  points,
  series,
  cursor,
  onCursorChange,
  title = 'Metrics by threshold',
  yDomain = [0, 1],
  formatValue = (v) => formatNumber(v),
  width,
  height,
}: ThresholdChartProps) {
  const sliderId = useId();
  const sorted = [...points].sort((a, b) => a.threshold - b.threshold);
  const finite = sorted.filter((p) => Number.isFinite(p.threshold));
  const min = finite[0]?.threshold ?? 0;
  const max = finite[finite.length - 1]?.threshold ?? 1;
  const at = cursor === undefined ? undefined : finite.reduce<ThresholdPoint | undefined>((best, p) => (!best || Math.abs(p.threshold - cursor) < Math.abs(best.threshold - cursor) ? p : best), undefined);
  return (
    <ChartFrame
      title={title}
      description={`${series.map((s) => s.label).join(', ')} as the threshold moves from ${formatNumber(min)} to ${formatNumber(max)}.`}
      footer={
        <div className="grid gap-2">
          {at ? (
            <p data-testid="threshold-values">
              At threshold {formatNumber(at.threshold)}:{' '}
              {series.map((s, i) => `${s.label} ${at[s.key] === null || at[s.key] === undefined ? '—' : formatValue(at[s.key] as number)}${i < series.length - 1 ? ', ' : ''}`)}
            </p>
          ) : null}
          {onCursorChange ? (
            <div className="flex items-center gap-3">
              <label htmlFor={sliderId}>Threshold</label>
              <input
                id={sliderId}
                type="range"
                min={min}
                max={max}
                step={(max - min) / 200 || 0.01}
                value={cursor ?? min}
                onChange={(e) => onCursorChange(Number(e.target.value))}
                className="w-full accent-indigo-600"
              />
              <output htmlFor={sliderId} className="w-14 text-right tabular-nums">
                {formatNumber(cursor ?? min)}
              </output>
            </div>
          ) : null}
        </div>
      }
    >
      <LineChart
        {...chartSize({ width, height })}
        data={thinPoints(finite)}
        margin={{ top: 8, right: 16, bottom: 24, left: 8 }}
        onClick={(state) => {
          const label = Number(state?.activeLabel);
          if (onCursorChange && Number.isFinite(label)) onCursorChange(label);
        }}
      >
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
        <XAxis type="number" dataKey="threshold" domain={[min, max]} tickCount={6} label={{ value: 'Threshold', position: 'insideBottom', offset: -12 }} />
        <YAxis type="number" domain={yDomain === 'auto' ? ['auto', 'auto'] : yDomain} tickFormatter={(v) => formatValue(Number(v))} />
        <Tooltip formatter={(v) => formatValue(Number(v))} labelFormatter={(v) => `Threshold ${formatNumber(Number(v))}`} />
        <Legend verticalAlign="top" />
        {series.map((s, i) => (
          <Line key={s.key} dataKey={s.key} name={s.label} stroke={CHART_COLORS[i % CHART_COLORS.length]} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
        ))}
        {cursor !== undefined ? <ReferenceLine x={cursor} stroke="#D55E00" strokeWidth={2} /> : null}
      </LineChart>
    </ChartFrame>
  );
}
