'use client';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS, ChartFrame, chartSize, type ChartSizeProps } from './ChartFrame';
import { formatNumber } from './format';

export interface BarItem {
  label: string;
  value: number;
  /** Shown in the tooltip and the text list (e.g. "n = 120"). */
  hint?: string;
}

export interface BarListProps extends ChartSizeProps {
  items: BarItem[];
  title: string;
  description?: string;
  format?: (value: number) => string;
  /** Highlight one bar (e.g. the current domain). */
  highlight?: string;
}

/** Horizontal bars: feature importance, class balance, per-group rates. The values are also listed as text. */
export function BarList({ items, title, description, format = (v) => formatNumber(v), highlight, width, height }: BarListProps) {
  const rowHeight = 28;
  return (
    <ChartFrame
      title={title}
      description={description}
      footer={
        <ul className="sr-only">
          {items.map((item) => (
            <li key={item.label}>
              {item.label}: {format(item.value)}
              {item.hint ? ` (${item.hint})` : ''}
            </li>
          ))}
        </ul>
      }
    >
      <BarChart {...chartSize({ width, height: height ?? Math.max(120, items.length * rowHeight + 40) })} data={items} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} horizontal={false} />
        <XAxis type="number" tickFormatter={(v) => format(Number(v))} />
        <YAxis type="category" dataKey="label" width={140} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(v) => format(Number(v))} />
        <Bar dataKey="value" name={title} isAnimationActive={false}>
          {items.map((item) => (
            <Cell key={item.label} fill={item.label === highlight ? CHART_COLORS[5] : CHART_COLORS[0]} />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
