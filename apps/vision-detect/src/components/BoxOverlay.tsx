// An image with boxes drawn over it (SVG in the image's own pixel coordinates): predictions solid
// with label and score, ground truth dashed, and optionally a saliency heat grid underneath.
import { CLASS_COLOURS } from './try/detection-types';

export interface OverlayBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  label: string;
  classId: number;
  score?: number;
}

export interface HeatGrid {
  rows: number;
  cols: number;
  values: number[];
  region: { x1: number; y1: number; x2: number; y2: number };
}

export function BoxOverlay({
  src,
  width,
  height,
  predictions,
  truth = [],
  heat,
  alt,
  className,
}: {
  src: string;
  width: number;
  height: number;
  predictions: OverlayBox[];
  truth?: OverlayBox[];
  heat?: HeatGrid | null;
  alt: string;
  className?: string;
}) {
  const font = Math.max(10, Math.round(Math.max(width, height) / 32));
  const stroke = Math.max(1.5, Math.max(width, height) / 220);
  return (
    <div className={`relative inline-block max-w-full ${className ?? ''}`}>
      <img src={src} alt={alt} width={width} height={height} className="block h-auto max-w-full" />
      <svg viewBox={`0 0 ${width} ${height}`} className="absolute inset-0 h-full w-full" role="img" aria-label={`${predictions.length} detected, ${truth.length} annotated`}>
        {heat
          ? heat.values.map((v, i) => {
              const r = Math.floor(i / heat.cols);
              const c = i % heat.cols;
              const cw = (heat.region.x2 - heat.region.x1) / heat.cols;
              const ch = (heat.region.y2 - heat.region.y1) / heat.rows;
              return v > 0.05 ? <rect key={`h${i}`} x={heat.region.x1 + c * cw} y={heat.region.y1 + r * ch} width={cw} height={ch} fill="#f97316" opacity={0.6 * v} /> : null;
            })
          : null}
        {truth.map((b, i) => (
          <rect key={`t${i}`} x={b.x1} y={b.y1} width={b.x2 - b.x1} height={b.y2 - b.y1} fill="none" stroke="#ffffff" strokeWidth={stroke} strokeDasharray={`${stroke * 3} ${stroke * 2}`}>
            <title>annotated {b.label}</title>
          </rect>
        ))}
        {predictions.map((b, i) => {
          const colour = CLASS_COLOURS[b.classId % CLASS_COLOURS.length];
          const text = b.score === undefined ? b.label : `${b.label} ${Math.round(b.score * 100)}%`;
          return (
            <g key={`p${i}`} data-testid="detection-box">
              <rect x={b.x1} y={b.y1} width={b.x2 - b.x1} height={b.y2 - b.y1} fill="none" stroke={colour} strokeWidth={stroke} />
              <rect x={b.x1} y={Math.max(0, b.y1 - font - 2)} width={text.length * font * 0.6 + 4} height={font + 2} fill={colour} />
              <text x={b.x1 + 2} y={Math.max(font - 1, b.y1 - 3)} fontSize={font} fill="#ffffff" fontFamily="ui-sans-serif, system-ui">
                {text}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
