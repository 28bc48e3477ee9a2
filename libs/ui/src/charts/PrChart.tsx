'use client';
import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, ChartFrame, chartSize, type ChartSizeProps } from './ChartFrame';
import { formatNumber, formatPercent } from './format';
import { thinPoints } from './thin-points';

export interface PrPoint {
  recall: number;
  precision: number;
}

export interface PrSeries {
  name: string;
  points: PrPoint[];
  averagePrecision?: number;
}

export interface PrChartProps extends ChartSizeProps {
  points?: PrPoint[];
  averagePrecision?: number;
  series?: PrSeries[];
  /** The share of positives: what precision a random ranking gets. */
  baseline?: number;
  operatingPoint?: { recall: number; precision: number; threshold?: number } | null;
  title?: string;
}

/** Precision against recall; the baseline is the positive rate, where a random ranking lies. */
export function PrChart({ points, averagePrecision, series, baseline, operatingPoint, title = 'Precision-recall curve', width, height }: PrChartProps) {
  const curves: PrSeries[] = series ?? (points ? [{ name: 'model', points, averagePrecision }] : []);
  const summary = curves.map((c) => `${c.name}${c.averagePrecision !== undefined ? ` average precision ${formatNumber(c.averagePrecision)}` : ''}`).join(', ');
  return (
    <ChartFrame
      title={title}
      description={`Of the cases flagged, the share that are positive, against the share of positives found${summary ? `: ${summary}` : ''}.${
        baseline !== undefined ? ` A random ranking scores ${formatPercent(baseline)} precision.` : ''
      }`}
    >
      <LineChart {...chartSize({ width, height })} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
        <XAxis type="number" dataKey="recall" domain={[0, 1]} tickCount={6} label={{ value: 'Recall', position: 'insideBottom', offset: -12 }} />
        <YAxis type="number" domain={[0, 1]} tickCount={6} label={{ value: 'Precision', angle: -90, position: 'insideLeft' }} />
        <Tooltip formatter={(v) => formatNumber(Number(v))} labelFormatter={(v) => `Recall ${formatNumber(Number(v))}`} />
        {curves.length > 1 ? <Legend verticalAlign="top" /> : null}
        {baseline !== undefined ? <ReferenceLine y={baseline} stroke="#94a3b8" strokeDasharray="4 4" /> : null}
        {curves.map((c, i) => (
          <Line
            key={c.name}
            data={thinPoints(c.points)}
            dataKey="precision"
            name={c.averagePrecision !== undefined ? `${c.name} (AP ${formatNumber(c.averagePrecision)})` : c.name}
            stroke={CHART_COLORS[i % CHART_COLORS.length]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            type="stepAfter"
          />
        ))}
        {operatingPoint ? <ReferenceDot x={operatingPoint.recall} y={operatingPoint.precision} r={6} fill="#D55E00" stroke="#fff" strokeWidth={2} /> : null}
      </LineChart>
    </ChartFrame>
  );
}
