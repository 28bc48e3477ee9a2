'use client';
import { useBrowserModelRun } from '@atlas/ui';
import { useState } from 'react';
import type { FormValues } from './ApplicationForm';
import { percent } from '../format';

export interface BrowserScore {
  pd: number;
  p50Ms: number;
  p95Ms: number;
  backend: string;
}

/** The switch that runs the same model in this browser, and both latencies side by side. */
export function BrowserInference({
  runId,
  application,
  serverPd,
  serverLatencyMs,
  score,
  onScore,
}: {
  runId: string;
  application: FormValues;
  serverPd: number | null;
  serverLatencyMs: number | null;
  score: BrowserScore | null;
  onScore: (score: BrowserScore | null) => void;
}) {
  const [on, setOn] = useState(false);
  const status = useBrowserModelRun(
    {
      on,
      runId,
      input: serverPd === null ? null : application,
      importLib: () => import('./browser-predictor'),
      load: (lib, id) => lib.loadBrowserModel(id),
      run: (lib, model, input) => lib.scoreInBrowser(model, input),
      onResult: onScore,
    },
    // Runs again when a new server answer arrives (the application it scored is then current).
    [on, serverPd, runId],
  );

  return (
    <section aria-labelledby="browser-title" className="grid gap-2 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <h3 id="browser-title" className="font-semibold">
        Where the model runs
      </h3>
      <label className="flex items-center gap-2">
        <input type="checkbox" role="switch" aria-checked={on} checked={on} onChange={(e) => setOn(e.target.checked)} />
        Also run the model in this browser
      </label>
      {status ? <p className="text-sm text-slate-600">{status}</p> : null}
      {on && score ? (
        <p className="text-sm" data-testid="browser-latency">
          Browser ({score.backend}): PD {percent(score.pd)}, {score.p50Ms.toFixed(3)} ms per application (p50; p95 {score.p95Ms.toFixed(3)} ms). Server:{' '}
          {serverLatencyMs === null ? '—' : `${serverLatencyMs.toFixed(3)} ms`} to score it
          {serverPd !== null ? `, PD ${percent(serverPd)}` : ''} (the network round trip comes on top).
        </p>
      ) : (
        <p className="text-sm text-slate-500">The server scores every application; the same artifact can also run here, with no data leaving the page.</p>
      )}
    </section>
  );
}
