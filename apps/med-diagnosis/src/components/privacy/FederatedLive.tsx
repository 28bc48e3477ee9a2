'use client';
// Start a federated run and watch its rounds arrive: each round's training loss and the epsilon the
// least private hospital has spent so far, read from the run's live progress stream (SSE).
import { LossChart, adminPost, useAdminToken, useTrainingStream } from '@atlas/ui';
import { useState } from 'react';
import { currentFitRounds } from '../../domain/round-message';

export interface FederatedOption {
  name: string;
  label: string;
}

export function FederatedLive({ options }: { options: FederatedOption[] }) {
  const [config, setConfig] = useState(options[options.length - 1]?.name ?? '');
  const [token, setToken] = useAdminToken();
  const [eventsUrl, setEventsUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stream = useTrainingStream(eventsUrl);
  // Every progress sentence is also a log line, so no round is lost when events arrive together.
  const rounds = currentFitRounds(stream.log.map((l) => l.text));

  async function start() {
    setError(null);
    const res = await adminPost('/api/train', token, { config });
    if (!res.ok) setError(res.message);
    else setEventsUrl(String(res.body.eventsUrl));
  }

  const last = rounds[rounds.length - 1];
  const accountant = stream.log.map((l) => l.text).find((m) => m.includes('accountant: epsilon'));
  return (
    <div className="grid gap-3 rounded border p-4" data-testid="federated-live">
      <h3 className="font-semibold">Watch federated rounds live</h3>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="grid gap-1">
          Configuration
          <select value={config} onChange={(e) => setConfig(e.target.value)} className="rounded border px-2 py-1">
            {options.map((o) => (
              <option key={o.name} value={o.name}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1">
          Admin token
          <input type="password" value={token} onChange={(e) => setToken(e.target.value)} className="rounded border px-2 py-1" autoComplete="off" />
        </label>
        <button type="button" onClick={() => void start()} className="rounded bg-blue-600 px-4 py-1.5 text-white">
          Train and stream
        </button>
      </div>
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
      {eventsUrl ? (
        <p className="text-sm" data-testid="federated-status">
          {stream.status ?? 'starting'}
          {stream.jobMessage ? `: ${stream.jobMessage}` : ''}
          {stream.jobFraction !== null ? ` (${Math.round(stream.jobFraction * 100)}% of the run)` : ''}
        </p>
      ) : null}
      {last ? (
        <>
          <p className="text-sm">
            {last.fit}, round {last.round} of {last.rounds}: loss {last.trainLoss.toFixed(4)}
            {last.epsilon === undefined ? ', no differential privacy (epsilon unbounded)' : `, epsilon spent so far ${last.epsilon.toFixed(2)} at delta 1e-5`}
          </p>
          <LossChart title={`Training loss per round (${last.fit})`} epochs={rounds.map((r) => ({ epoch: r.round, loss: r.trainLoss }))} height={200} />
        </>
      ) : null}
      {accountant ? <p className="text-sm font-medium">{accountant}</p> : null}
      {stream.headline ? <p className="text-sm">Finished: cross-validated ROC AUC {stream.headline.value.toFixed(3)}. The run is in the table above; promote it there.</p> : null}
    </div>
  );
}
