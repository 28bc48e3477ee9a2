'use client';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, ChartFrame, chartSize, type ChartSizeProps } from './ChartFrame';
import { formatNumber } from './format';

export interface ReliabilityBin {
  /** Mean predicted probability in the bin; null when the bin is empty. */
  meanPredicted: number | null;
  /** Observed positive rate in the bin; null when empty. */
  observed: number | null;
  count: number;
}

export interface ReliabilityChartProps extends ChartSizeProps {
  bins: ReliabilityBin[];
  /** Expected calibration error, shown in the description. */
  ece?: number;
  title?: string;
}

/** Calibration: observed rate against predicted probability per bin; on the diagonal means calibrated. */
export function ReliabilityChart({ bins, ece, title = 'Calibration (reliability)', width, height }: ReliabilityChartProps) {
  const data = bins
    .filter((b): b is ReliabilityBin & { meanPredicted: number; observed: number } => b.meanPredicted !== null && b.observed !== null && b.count > 0)
    .map((b) => ({ predicted: b.meanPredicted, observed: b.observed, count: b.count }));
  return (
    <ChartFrame
      title={title}
      description={`Observed rate against predicted probability, one point per bin of predictions (empty bins left out).${
        ece !== undefined ? ` Expected calibration error ${formatNumber(ece, 4)}.` : ''
      } Points on the diagonal mean the probabilities can be taken at face value.`}
    >
      <LineChart {...chartSize({ width, height })} data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
        <XAxis type="number" dataKey="predicted" domain={[0, 1]} tickCount={6} label={{ value: 'Predicted probability', position: 'insideBottom', offset: -12 }} />
        <YAxis type="number" domain={[0, 1]} tickCount={6} label={{ value: 'Observed rate', angle: -90, position: 'insideLeft' }} />
        <Tooltip
          formatter={(v, name) => [formatNumber(Number(v)), String(name)]}
          labelFormatter={(v) => `Predicted ${formatNumber(Number(v))}`}
        />
        <ReferenceLine segment={[{ x: 0, y: 0 }, { x: 1, y: 1 }]} stroke="#94a3b8" strokeDasharray="4 4" />
        <Line dataKey="observed" name="observed rate" stroke={CHART_COLORS[0]} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
      </LineChart>
    </ChartFrame>
  );
}
