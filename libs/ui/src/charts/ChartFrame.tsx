// No hooks here, so server components can use the frame and the size helper too.
import type { ReactNode } from 'react';

export interface ChartSizeProps {
  /** Fixed width in px; without it the chart fills its container's width. */
  width?: number;
  /** Height in px. Default 280. */
  height?: number;
}

/** The props every recharts chart gets: a fixed size, or `responsive` with CSS sizing (no wrapper needed). */
export function chartSize({ width, height = 280 }: ChartSizeProps) {
  return width !== undefined
    ? { width, height }
    : { responsive: true as const, style: { width: '100%', height, maxWidth: '100%' } };
}

export interface ChartFrameProps {
  title: string;
  /** One sentence saying what the chart shows, for every reader (and as the figure's description). */
  description?: string;
  children: ReactNode;
  /** Extra content under the chart (legend notes, the numbers in words). */
  footer?: ReactNode;
}

/** A chart as a figure: a visible title, a description screen readers also get, then the plot. */
export function ChartFrame({ title, description, children, footer }: ChartFrameProps) {
  return (
    <figure className="grid gap-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <figcaption>
        <span className="block text-sm font-semibold text-slate-800 dark:text-slate-100">{title}</span>
        {description ? <span className="block text-xs text-slate-500 dark:text-slate-400">{description}</span> : null}
      </figcaption>
      <div className="min-w-0">{children}</div>
      {footer ? <div className="text-xs text-slate-600 dark:text-slate-300">{footer}</div> : null}
    </figure>
  );
}

/** Colours that hold up in light and dark themes and for common colour-vision deficiencies (Okabe-Ito). */
export const CHART_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;
