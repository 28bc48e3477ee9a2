'use client';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, ChartFrame, chartSize, type ChartSizeProps } from './ChartFrame';
import { formatInteger, formatNumber } from './format';

export interface HistogramBin {
  start: number;
  end: number;
  count: number;
}

export interface HistogramProps extends ChartSizeProps {
  bins: HistogramBin[];
  title: string;
  description?: string;
  /** Digits of the bin edges in labels. Default 2. */
  digits?: number;
}

/** A feature's distribution: one bar per bin, labelled by its range. */
export function Histogram({ bins, title, description, digits = 2, width, height = 220 }: HistogramProps) {
  const data = bins.map((b) => ({ ...b, range: `${formatNumber(b.start, digits)}–${formatNumber(b.end, digits)}` }));
  const total = bins.reduce((a, b) => a + b.count, 0);
  return (
    <ChartFrame title={title} description={description ?? `${formatInteger(total)} values in ${bins.length} bins.`}>
      <BarChart {...chartSize({ width, height })} data={data} margin={{ top: 4, right: 16, bottom: 24, left: 8 }} barCategoryGap={1}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} vertical={false} />
        <XAxis dataKey="range" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} tickFormatter={(v) => formatInteger(Number(v))} />
        <Tooltip formatter={(v) => formatInteger(Number(v))} />
        <Bar dataKey="count" name="count" fill={CHART_COLORS[0]} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
