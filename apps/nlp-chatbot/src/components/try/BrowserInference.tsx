'use client';
import { useBrowserModelRun } from '@atlas/ui';
import { useState } from 'react';
import type { Knobs } from '../../domain/decision';
import { percent, words } from '../format';
import type { BrowserResult } from './browser-predictor';

/** The switch that runs the same model in this browser on the last message, with both latencies. */
export function BrowserInference({
  runId,
  text,
  knobs,
  serverModelMs,
  serverIntent,
  serverP50Ms,
}: {
  runId: string;
  text: string | null;
  knobs: Knobs;
  serverModelMs: number | null;
  serverIntent: string | null;
  serverP50Ms: number;
}) {
  const [on, setOn] = useState(false);
  const [result, setResult] = useState<BrowserResult | null>(null);
  const status = useBrowserModelRun(
    {
      on,
      runId,
      input: text,
      importLib: () => import('./browser-predictor'),
      load: (lib, id) => lib.loadBrowserModel(id),
      run: (lib, model, message) => lib.decideInBrowser(model, message, knobs),
      onResult: setResult,
    },
    [on, text, runId, knobs],
  );

  return (
    <section aria-labelledby="browser-title" className="grid gap-2 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="browser-title" className="text-lg font-semibold">
        Where the model runs
      </h2>
      <label className="flex items-center gap-2">
        <input type="checkbox" role="switch" aria-checked={on} checked={on} onChange={(e) => setOn(e.target.checked)} />
        Also run the intent model in this browser
      </label>
      {status ? <p className="text-sm text-slate-600">{status}</p> : null}
      {on && result ? (
        <p className="text-sm" data-testid="browser-latency">
          Browser ({result.backend}): {words(result.decision.intent)} at {percent(result.decision.confidence)}, {result.p50Ms.toFixed(3)} ms per message (p50; p99{' '}
          {result.p99Ms.toFixed(3)} ms). Server: {serverModelMs === null ? '—' : `${serverModelMs.toFixed(3)} ms`} for this message
          {serverIntent ? ` (${words(serverIntent)})` : ''}, {serverP50Ms.toFixed(3)} ms p50 when measured at training, plus the network round trip.
        </p>
      ) : (
        <p className="text-sm text-slate-500">
          {on ? 'Send a message to compare.' : 'The server answers every message; the same artifact can also run here, with no text leaving the page.'}
        </p>
      )}
    </section>
  );
}
