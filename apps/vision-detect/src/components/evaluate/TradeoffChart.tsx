'use client';
// mAP@0.5 against latency (server, and browser when measured here) and against model size: one point
// per configuration, so a PM sees what each millisecond and megabyte buys.
import { useState } from 'react';
import { formatBytes } from '@atlas/ui';

export interface TradeoffPoint {
  runId: string;
  label: string;
  map50: number;
  serverMs: number;
  bytes: number;
  /** The test image whose latency the browser measures. */
  probeImage: string | null;
}

const W = 360;
const H = 240;
const PAD = 40;

function Scatter({ title, points, x, unit, log }: { title: string; points: { label: string; x: number; y: number; kind?: string }[]; x: string; unit: (v: number) => string; log?: boolean }) {
  const xs = points.map((p) => p.x);
  const lo = Math.min(...xs) * 0.8;
  const hi = Math.max(...xs) * 1.2;
  const fx = (v: number) => PAD + ((log ? Math.log(v / lo) / Math.log(hi / lo) : (v - lo) / (hi - lo)) || 0) * (W - PAD - 10);
  const fy = (v: number) => H - PAD - v * (H - PAD - 10);
  return (
    <figure className="grid gap-1 rounded-xl border border-slate-200 p-3 dark:border-slate-800">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="w-full max-w-md" role="img" aria-label={title}>
        <line x1={PAD} y1={H - PAD} x2={W - 5} y2={H - PAD} stroke="currentColor" strokeOpacity={0.4} />
        <line x1={PAD} y1={10} x2={PAD} y2={H - PAD} stroke="currentColor" strokeOpacity={0.4} />
        {[0, 0.25, 0.5, 0.75, 1].map((t) => (
          <text key={t} x={PAD - 4} y={fy(t) + 4} fontSize={10} textAnchor="end" fill="currentColor">
            {t.toFixed(2)}
          </text>
        ))}
        <line x1={PAD} x2={W - 5} y1={fy(0.6)} y2={fy(0.6)} stroke="#dc2626" strokeDasharray="4 3" strokeOpacity={0.7} />
        <text x={W - 8} y={fy(0.6) - 3} fontSize={9} textAnchor="end" fill="#dc2626">
          bar 0.60
        </text>
        {points.map((p, i) => (
          <g key={i}>
            <circle cx={fx(p.x)} cy={fy(p.y)} r={5} fill={p.kind === 'browser' ? '#7c3aed' : '#2563eb'} />
            <text x={fx(p.x) + 7} y={fy(p.y) - 6} fontSize={10} fill="currentColor">
              {p.label} ({unit(p.x)})
            </text>
          </g>
        ))}
        <text x={(W + PAD) / 2} y={H - 8} fontSize={11} textAnchor="middle" fill="currentColor">
          {x}
        </text>
        <text x={12} y={H / 2} fontSize={11} textAnchor="middle" fill="currentColor" transform={`rotate(-90 12 ${H / 2})`}>
          mAP@0.5 (test)
        </text>
      </svg>
    </figure>
  );
}

export function TradeoffChart({ points }: { points: TradeoffPoint[] }) {
  const [browser, setBrowser] = useState<Record<string, number>>({});
  const [status, setStatus] = useState<string | null>(null);
  if (!points.length) return <p>Train the configurations (npx nx run vision-detect:train --config all) to see the tradeoff.</p>;
  const latency = points.flatMap((p) => [
    { label: `${p.label} server`, x: p.serverMs, y: p.map50 },
    ...(browser[p.runId] !== undefined ? [{ label: `${p.label} browser`, x: browser[p.runId], y: p.map50, kind: 'browser' }] : []),
  ]);
  async function measure() {
    try {
      const lib = await import('../try/browser-detector');
      const { pixelsOf, pickBlob } = await import('../try/image-source');
      const out: Record<string, number> = {};
      for (const p of points) {
        if (!p.probeImage) continue;
        setStatus(`Measuring ${p.label} in this browser…`);
        const model = await lib.loadBrowserDetector(p.runId);
        const picked = await pickBlob(await (await fetch(`/api/test-images/${p.probeImage}`)).blob(), p.probeImage);
        out[p.runId] = (await lib.detectInBrowser(model, await pixelsOf(picked), 10)).p50Ms;
        model.detector.model.dispose();
        setBrowser({ ...out });
      }
      setStatus(null);
    } catch (err) {
      setStatus(`The browser could not run the models: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return (
    <div className="grid gap-3" data-testid="tradeoff-chart">
      <div className="grid gap-4 lg:grid-cols-2">
        <Scatter title="Accuracy against latency per image (log scale)" points={latency} x="p50 latency, ms" unit={(v) => `${v.toFixed(1)} ms`} log />
        <Scatter title="Accuracy against model size" points={points.map((p) => ({ label: p.label, x: p.bytes, y: p.map50 }))} x="weights" unit={formatBytes} />
      </div>
      <div className="flex items-center gap-3">
        <button type="button" className="rounded border px-3 py-1" onClick={() => void measure()} data-testid="measure-browser">
          Measure the browser latency here
        </button>
        {status ? <span className="text-sm text-slate-600">{status}</span> : null}
      </div>
      <p className="text-xs text-slate-500">Blue: server (wasm, one image: transform, model, decoding, measured when trained). Purple: this browser, same path and artifact.</p>
    </div>
  );
}
