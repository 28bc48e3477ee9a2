'use client';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, ChartFrame, chartSize, type ChartSizeProps } from './ChartFrame';
import { formatNumber } from './format';

export interface LossPoint {
  epoch: number;
  loss: number;
  val_loss?: number | null;
}

export interface LossChartProps extends ChartSizeProps {
  epochs: LossPoint[];
  title?: string;
}

/** Training and validation loss per epoch; re-renders as epochs stream in during training. */
export function LossChart({ epochs, title = 'Loss per epoch', width, height = 240 }: LossChartProps) {
  const hasValidation = epochs.some((e) => e.val_loss !== undefined && e.val_loss !== null);
  const last = epochs[epochs.length - 1];
  return (
    <ChartFrame
      title={title}
      description={
        last
          ? `After epoch ${last.epoch}: training loss ${formatNumber(last.loss, 4)}${hasValidation && last.val_loss != null ? `, validation loss ${formatNumber(last.val_loss, 4)}` : ''}.`
          : 'No epoch has finished yet.'
      }
    >
      <LineChart {...chartSize({ width, height })} data={epochs} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
        <XAxis type="number" dataKey="epoch" domain={[1, Math.max(2, last?.epoch ?? 2)]} allowDecimals={false} label={{ value: 'Epoch', position: 'insideBottom', offset: -12 }} />
        <YAxis type="number" domain={['auto', 'auto']} tickFormatter={(v) => formatNumber(Number(v), 3)} />
        <Tooltip formatter={(v) => formatNumber(Number(v), 4)} labelFormatter={(v) => `Epoch ${v}`} />
        <Legend verticalAlign="top" />
        <Line dataKey="loss" name="training loss" stroke={CHART_COLORS[0]} strokeWidth={2} dot={epochs.length < 30} isAnimationActive={false} />
        {hasValidation ? <Line dataKey="val_loss" name="validation loss" stroke={CHART_COLORS[1]} strokeWidth={2} dot={epochs.length < 30} isAnimationActive={false} /> : null}
      </LineChart>
    </ChartFrame>
  );
}
