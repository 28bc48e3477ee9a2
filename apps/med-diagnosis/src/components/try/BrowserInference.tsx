'use client';
// The switch that runs the same model in this browser, with the latencies side by side: the model
// call in the browser, the same call on the server, and the server's whole round trip.
import { useBrowserModelRun } from '@atlas/ui';
import { useState } from 'react';
import type { RawFeatures } from '../../domain/features';

interface Measured {
  risk: number;
  p50Ms: number;
  p95Ms: number;
  backend: string;
  server: { risk: number; modelMs: number; roundTripMs: number } | null;
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

export function BrowserInference({ task, runId, patient }: { task: string; runId: string | null; patient: RawFeatures | null }) {
  const [on, setOn] = useState(false);
  const [measured, setMeasured] = useState<Measured | null>(null);
  const status = useBrowserModelRun(
    {
      on,
      runId,
      input: patient,
      importLib: () => import('./browser-predictor'),
      load: (lib, id) => lib.loadBrowserModel(id),
      run: async (lib, model, input): Promise<Measured> => {
        const local = await lib.scoreInBrowser(model, input);
        // The same risk-only call on the server, timed from here (network included).
        const started = performance.now();
        const res = await fetch('/api/predict', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ task, patient: input }) });
        const roundTripMs = performance.now() - started;
        const body = res.ok ? ((await res.json()) as { risk: number; modelMs: number }) : null;
        return { ...local, server: body ? { risk: body.risk, modelMs: body.modelMs, roundTripMs } : null };
      },
      onResult: setMeasured,
    },
    [on, runId, patient, task],
  );

  return (
    <section aria-labelledby="browser-title" className="grid gap-2 rounded border p-4">
      <h3 id="browser-title" className="font-semibold">Where the model runs</h3>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" role="switch" aria-checked={on} checked={on} onChange={(e) => setOn(e.target.checked)} />
        Also run the model in this browser (no measurement leaves the page)
      </label>
      {status ? <p className="text-sm text-gray-600">{status}</p> : null}
      {on && measured ? (
        <p className="text-sm" data-testid="browser-latency">
          Browser ({measured.backend}): risk {pct(measured.risk)}, {measured.p50Ms.toFixed(3)} ms per patient (p50; p95 {measured.p95Ms.toFixed(3)} ms).{' '}
          {measured.server
            ? `Server: risk ${pct(measured.server.risk)}, ${measured.server.modelMs.toFixed(3)} ms for the model call, ${measured.server.roundTripMs.toFixed(1)} ms round trip from this page.`
            : 'The server did not answer.'}
        </p>
      ) : (
        <p className="text-sm text-gray-500">{patient ? 'Switch on to load the same artifact here and time it.' : 'Estimate a risk first; then the same patient is scored here.'}</p>
      )}
    </section>
  );
}
