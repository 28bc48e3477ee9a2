'use client';
import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, ChartFrame, chartSize, type ChartSizeProps } from './ChartFrame';
import { formatNumber, formatPercent } from './format';
import { thinPoints } from './thin-points';

export interface RocPoint {
  fpr: number;
  tpr: number;
}

export interface RocSeries {
  name: string;
  points: RocPoint[];
  auc?: number;
}

export interface OperatingPoint {
  fpr: number;
  tpr: number;
  threshold?: number;
  label?: string;
}

export interface RocChartProps extends ChartSizeProps {
  /** One curve; or pass `series` to compare several (e.g. two configurations). */
  points?: RocPoint[];
  auc?: number;
  series?: RocSeries[];
  /** The current cutoff, marked on the curve. */
  operatingPoint?: OperatingPoint | null;
  title?: string;
}

/** ROC curve(s) with the chance diagonal and the operating point of the current threshold. */
export function RocChart({ points, auc, series, operatingPoint, title = 'ROC curve', width, height }: RocChartProps) {
  const curves: RocSeries[] = series ?? (points ? [{ name: 'model', points, auc }] : []);
  const summary = curves.map((c) => `${c.name}${c.auc !== undefined ? ` AUC ${formatNumber(c.auc)}` : ''}`).join(', ');
  return (
    <ChartFrame
      title={title}
      description={`True positive rate against false positive rate at every threshold${summary ? `: ${summary}` : ''}. The diagonal is a random guess.`}
      footer={
        operatingPoint ? (
          <p data-testid="operating-point">
            Operating point{operatingPoint.label ? ` (${operatingPoint.label})` : ''}: catches {formatPercent(operatingPoint.tpr)} of positives at a{' '}
            {formatPercent(operatingPoint.fpr)} false positive rate
            {operatingPoint.threshold !== undefined ? `, threshold ${formatNumber(operatingPoint.threshold)}` : ''}.
          </p>
        ) : null
      }
    >
      <LineChart {...chartSize({ width, height })} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
        <XAxis type="number" dataKey="fpr" domain={[0, 1]} tickCount={6} label={{ value: 'False positive rate', position: 'insideBottom', offset: -12 }} />
        <YAxis type="number" domain={[0, 1]} tickCount={6} label={{ value: 'True positive rate', angle: -90, position: 'insideLeft' }} />
        <Tooltip formatter={(v) => formatNumber(Number(v))} labelFormatter={(v) => `FPR ${formatNumber(Number(v))}`} />
        {curves.length > 1 ? <Legend verticalAlign="top" /> : null}
        <ReferenceLine segment={[{ x: 0, y: 0 }, { x: 1, y: 1 }]} stroke="#94a3b8" strokeDasharray="4 4" ifOverflow="extendDomain" />
        {curves.map((c, i) => (
          <Line
            key={c.name}
            data={thinPoints(c.points)}
            dataKey="tpr"
            name={c.auc !== undefined ? `${c.name} (AUC ${formatNumber(c.auc)})` : c.name}
            stroke={CHART_COLORS[i % CHART_COLORS.length]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            type="linear"
          />
        ))}
        {operatingPoint ? (
          <ReferenceDot x={operatingPoint.fpr} y={operatingPoint.tpr} r={6} fill="#D55E00" stroke="#fff" strokeWidth={2} ifOverflow="extendDomain" />
        ) : null}
      </LineChart>
    </ChartFrame>
  );
}
