'use client';
import { CartesianGrid, Legend, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { TradeoffCardData } from '../cards/tradeoff-types';
import { CHART_COLORS, ChartFrame, chartSize, type ChartSizeProps } from '../charts/ChartFrame';
import type { CompareDomainEntry } from './compare-types';

export interface ComparePoint {
  domain: string;
  runId: string;
  config: string;
  active: boolean;
  x: number;
  y: number;
}

export interface CompareScatterProps extends ChartSizeProps {
  domains: CompareDomainEntry[];
  title: string;
  description: string;
  x: (card: TradeoffCardData) => number | null;
  y: (card: TradeoffCardData) => number | null;
  xLabel: string;
  yLabel: string;
  /** Log axes for quantities that span orders of magnitude (latency, bytes, seconds). */
  xLog?: boolean;
  yLog?: boolean;
  formatX?: (v: number) => string;
  formatY?: (v: number) => string;
}

/** One point per run with a card, one colour per domain; the active run is the large filled point. */
export function pointsOf(domain: CompareDomainEntry, x: CompareScatterProps['x'], y: CompareScatterProps['y'], logX = false, logY = false): ComparePoint[] {
  const out: ComparePoint[] = [];
  for (const run of domain.runs) {
    if (!run.card) continue;
    const px = x(run.card);
    const py = y(run.card);
    if (px === null || py === null || !Number.isFinite(px) || !Number.isFinite(py)) continue;
    // A log axis cannot place zero or negative values.
    if ((logX && px <= 0) || (logY && py <= 0)) continue;
    out.push({ domain: domain.name, runId: run.runId, config: run.config, active: run.active, x: px, y: py });
  }
  return out;
}

/** The point marker: recharts places it (cx, cy); the size says whether the run is the active one. */
function runDot(color: string) {
  return function RunDot(props: { cx?: number; cy?: number; payload?: unknown }) {
    const active = (props.payload as ComparePoint | undefined)?.active ?? false;
    return <circle cx={props.cx ?? 0} cy={props.cy ?? 0} r={active ? 8 : 4} fill={active ? color : 'transparent'} stroke={color} strokeWidth={2} opacity={active ? 1 : 0.7} />;
  };
}

export function CompareScatter({ domains, title, description, x, y, xLabel, yLabel, xLog, yLog, formatX = String, formatY = String, width, height = 300 }: CompareScatterProps) {
  const series = domains.map((d) => ({ domain: d, points: pointsOf(d, x, y, xLog, yLog) })).filter((s) => s.points.length > 0);
  const activeText = series
    .flatMap((s) => s.points.filter((p) => p.active).map((p) => `${p.domain}: ${xLabel} ${formatX(p.x)}, ${yLabel} ${formatY(p.y)}`))
    .join('; ');
  return (
    <ChartFrame title={title} description={`${description} Large filled points are the active models; hollow ones are other runs.`} footer={<p className="sr-only">{activeText || 'No run has the measurements this chart needs.'}</p>}>
      {series.length === 0 ? (
        <p className="py-8 text-center text-sm text-slate-500">No run has the measurements this chart needs yet.</p>
      ) : (
        <ScatterChart {...chartSize({ width, height })} margin={{ top: 8, right: 16, bottom: 28, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
          <XAxis
            type="number"
            dataKey="x"
            name={xLabel}
            scale={xLog ? 'log' : 'auto'}
            domain={['auto', 'auto']}
            tickFormatter={(v) => formatX(Number(v))}
            label={{ value: xLabel, position: 'insideBottom', offset: -16 }}
          />
          <YAxis type="number" dataKey="y" name={yLabel} scale={yLog ? 'log' : 'auto'} domain={['auto', 'auto']} tickFormatter={(v) => formatY(Number(v))} width={72} />
          <ZAxis range={[60, 60]} />
          <Tooltip
            cursor={{ strokeDasharray: '3 3' }}
            content={({ payload }) => {
              const p = payload?.[0]?.payload as ComparePoint | undefined;
              if (!p) return null;
              return (
                <div className="rounded-md border border-slate-200 bg-white p-2 text-xs shadow dark:border-slate-700 dark:bg-slate-900">
                  <p className="font-medium">
                    {p.domain} · {p.config}
                    {p.active ? ' (active)' : ''}
                  </p>
                  <p>
                    {xLabel}: {formatX(p.x)}
                  </p>
                  <p>
                    {yLabel}: {formatY(p.y)}
                  </p>
                </div>
              );
            }}
          />
          <Legend verticalAlign="top" />
          {series.map((s, i) => (
            <Scatter
              key={s.domain.id}
              name={s.domain.name}
              data={s.points}
              fill={CHART_COLORS[i % CHART_COLORS.length]}
              shape={runDot(CHART_COLORS[i % CHART_COLORS.length])}
              isAnimationActive={false}
            />
          ))}
        </ScatterChart>
      )}
    </ChartFrame>
  );
}
