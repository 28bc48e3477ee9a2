'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { LossChart } from '../charts/LossChart';
import { formatNumber } from '../charts/format';
import { adminPost, useAdminToken } from './admin-token';
import { FINAL_STATUSES } from './training-events';
import { useRefreshPage } from './use-refresh-page';
import { useTrainingStream } from './use-training-stream';

export interface TrainConfigOption {
  name: string;
  label?: string;
  description: string;
}

export interface TrainPanelProps {
  configs: TrainConfigOption[];
  defaultConfig?: string;
  /** Where the app's API lives: POST {apiBase}/train, GET {apiBase}/runs/<id>/events, POST {apiBase}/runs/<id>/cancel. */
  apiBase?: string;
  /** Follow a run already in progress (e.g. one started before a reload). */
  initialRunId?: string | null;
  /** Re-render the server parts of the page (the runs table) when a run ends. Default true. */
  refreshOnFinish?: boolean;
}

function etaText(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '';
  const s = Math.round(seconds);
  return s < 60 ? `about ${s} s left` : `about ${Math.round(s / 60)} min left`;
}

/** Start a training run, watch its progress and loss curve stream in, cancel it. Needs the admin token. */
export function TrainPanel({ configs, defaultConfig, apiBase = '/api', initialRunId = null, refreshOnFinish = true }: TrainPanelProps) {
  const base = apiBase.replace(/\/+$/, '');
  const [config, setConfig] = useState(defaultConfig ?? configs[0]?.name ?? '');
  const [token, setToken] = useAdminToken();
  const [runId, setRunId] = useState<string | null>(initialRunId);
  const [eventsUrl, setEventsUrl] = useState<string | null>(initialRunId ? `${base}/runs/${initialRunId}/events` : null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const stream = useTrainingStream(eventsUrl);
  const refresh = useRefreshPage();
  const tokenId = useId();
  const groupId = useId();
  const finished = stream.status !== null && FINAL_STATUSES.includes(stream.status);
  const active = runId !== null && !finished && !stream.connectionLost;
  const refreshedFor = useRef<string | null>(null);

  useEffect(() => {
    if (finished && runId && refreshOnFinish && refreshedFor.current !== runId) {
      refreshedFor.current = runId;
      refresh();
    }
  }, [finished, runId, refreshOnFinish, refresh]);

  async function start() {
    setBusy(true);
    setMessage(null);
    const res = await adminPost(`${base}/train`, token, { config });
    setBusy(false);
    if (!res.ok) {
      setMessage({ kind: 'error', text: res.message });
      return;
    }
    const id = String(res.body.runId);
    setRunId(id);
    setEventsUrl(typeof res.body.eventsUrl === 'string' ? res.body.eventsUrl : `${base}/runs/${id}/events`);
  }

  async function cancel() {
    if (!runId) return;
    setBusy(true);
    const res = await adminPost(`${base}/runs/${runId}/cancel`, token);
    setBusy(false);
    setMessage(res.ok ? { kind: 'info', text: 'Cancelling: the run stops after its current step.' } : { kind: 'error', text: res.message });
  }

  // A trainer that fits several models reports the whole job's fraction; otherwise the one fit's steps count.
  const jobMode = stream.jobFraction !== null;
  const fraction = finished && stream.status === 'succeeded' ? 1 : jobMode ? (stream.jobFraction ?? 0) : stream.totalSteps > 0 ? stream.step / stream.totalSteps : 0;
  const percent = Math.min(100, Math.round(100 * fraction));
  const statusLine = !runId
    ? 'No run started from this page.'
    : stream.status === null
      ? 'Connecting to the run…'
      : finished
        ? `Run ${runId} ${stream.status}${stream.headline ? `: ${stream.headline.name} ${formatNumber(stream.headline.value)}` : ''}${stream.promoted ? ', now the active model' : ''}.`
        : `Run ${runId} ${stream.status}${stream.phase ? `, ${stream.phase}` : ''}${jobMode && stream.jobMessage ? `: ${stream.jobMessage}` : stream.epochs ? `, epoch ${stream.epoch} of ${stream.epochs}` : ''}.`;

  return (
    <section aria-labelledby={`${groupId}-title`} className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <h2 id={`${groupId}-title`} className="text-lg font-semibold tracking-tight">
        Train a model
      </h2>
      <form
        className="grid gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (!active && !busy) void start();
        }}
      >
        <fieldset className="grid gap-2" disabled={active}>
          <legend className="text-sm font-medium">Configuration</legend>
          {configs.map((c) => (
            <label key={c.name} className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-indigo-500 dark:border-slate-700">
              <input type="radio" name={`${groupId}-config`} value={c.name} checked={config === c.name} onChange={() => setConfig(c.name)} className="mt-1 accent-indigo-600" />
              <span>
                <span className="block font-medium">{c.label ?? c.name}</span>
                <span className="block text-sm text-slate-600 dark:text-slate-300">{c.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="grid gap-1">
          <label htmlFor={tokenId} className="text-sm font-medium">
            Admin token
          </label>
          <input
            id={tokenId}
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            aria-describedby={`${tokenId}-help`}
            className="max-w-sm rounded-md border border-slate-300 px-3 py-1.5 dark:border-slate-700 dark:bg-slate-950"
          />
          <p id={`${tokenId}-help`} className="text-xs text-slate-500">
            The server&apos;s ATLAS_ADMIN_TOKEN. Kept in this browser tab only.
          </p>
        </div>
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            disabled={active || busy || !config}
            className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:opacity-50"
          >
            Start training
          </button>
          {active ? (
            <button
              type="button"
              onClick={() => void cancel()}
              disabled={busy}
              className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              Cancel run
            </button>
          ) : null}
        </div>
      </form>

      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'text-sm text-red-700 dark:text-red-400' : 'text-sm text-slate-600 dark:text-slate-300'}>
          {message.text}
        </p>
      ) : null}

      {runId ? (
        <div className="grid gap-3">
          <p role="status" aria-live="polite" className="text-sm font-medium">
            {statusLine}
          </p>
          <div className="grid gap-1">
            <div
              role="progressbar"
              aria-label="Training progress"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              aria-valuetext={`${percent}%${jobMode ? (stream.jobMessage ? `, ${stream.jobMessage}` : '') : stream.totalSteps ? `, step ${stream.step} of ${stream.totalSteps}` : ''}`}
              className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
            >
              <div className="h-full bg-indigo-600 transition-[width]" style={{ width: `${percent}%` }} />
            </div>
            <p className="text-xs tabular-nums text-slate-600 dark:text-slate-300">
              {stream.totalSteps ? `${jobMode ? 'current fit: ' : ''}epoch ${stream.epoch}/${stream.epochs}, step ${stream.step}/${stream.totalSteps}` : ''}
              {stream.loss !== null ? ` · loss ${stream.loss.toFixed(4)}` : ''}
              {!finished && !jobMode && stream.etaSeconds !== null ? ` · ${etaText(stream.etaSeconds)}` : ''}
            </p>
          </div>
          {stream.lossCurve.length > 0 ? <LossChart epochs={stream.lossCurve} title={jobMode ? 'Loss per epoch of the current fit' : 'Loss per epoch'} /> : null}
          <details open className="rounded-lg border border-slate-200 dark:border-slate-800">
            <summary className="cursor-pointer px-3 py-2 text-sm font-medium">Log</summary>
            <ol role="log" aria-label="Training log" className="max-h-64 overflow-y-auto px-3 pb-3 font-mono text-xs">
              {stream.log.map((line) => (
                <li key={line.id} className={line.level === 'error' ? 'text-red-700 dark:text-red-400' : line.level === 'warn' ? 'text-amber-700 dark:text-amber-400' : ''}>
                  {line.text}
                </li>
              ))}
            </ol>
          </details>
        </div>
      ) : null}
    </section>
  );
}
