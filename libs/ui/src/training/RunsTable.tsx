'use client';
import { useState } from 'react';
import { formatNumber, formatSeconds } from '../charts/format';
import { adminPost, readAdminToken } from './admin-token';
import type { RunStatusName } from './training-events';
import { useRefreshPage } from './use-refresh-page';

/** A run as the runs API lists it (structurally @atlas/service's RunSummary). */
export interface RunRow {
  id: string;
  config: string;
  modelKind: string;
  status: RunStatusName;
  backend: string;
  active: boolean;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  headline: { name: string; value: number } | null;
  trainingSeconds: number | null;
  isSample: boolean | null;
}

export interface RunsTableProps {
  runs: RunRow[];
  /** POSTed with the admin token to promote; ':id' is replaced. Default '/api/runs/:id/promote'. */
  promotePath?: string;
  /** Instead of promotePath: your own action (a server action, or a test double). Throw to report a failure. */
  onPromote?: (runId: string) => Promise<void>;
  /** Re-render the page's server components after a promotion. Default true. */
  refreshOnPromote?: boolean;
  caption?: string;
}

const STATUS_STYLE: Record<RunStatusName, string> = {
  queued: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200',
  running: 'bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100',
  succeeded: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100',
  failed: 'bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100',
  cancelled: 'bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100',
};

function shortDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 16).replace('T', ' ');
}

/** Every run of the domain: status, configuration, headline metric, cost; promote a succeeded one to active. */
export function RunsTable({ runs, promotePath = '/api/runs/:id/promote', onPromote, refreshOnPromote = true, caption = 'Training runs, newest first' }: RunsTableProps) {
  const [pending, setPending] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const refresh = useRefreshPage();
  const isActive = (run: RunRow) => (activeId ? run.id === activeId : run.active);

  async function promote(run: RunRow) {
    setPending(run.id);
    setFeedback(null);
    try {
      if (onPromote) await onPromote(run.id);
      else {
        const res = await adminPost(promotePath.replace(':id', encodeURIComponent(run.id)), readAdminToken());
        if (!res.ok) throw new Error(res.status === 401 ? `${res.message} Enter it in the training panel.` : res.message);
      }
      setActiveId(run.id);
      setFeedback({ kind: 'info', text: `Run ${run.id} (${run.config}) is now the active model.` });
      if (refreshOnPromote) refresh();
    } catch (err) {
      setFeedback({ kind: 'error', text: `Promoting run ${run.id} failed: ${(err as Error).message}` });
    } finally {
      setPending(null);
    }
  }

  if (runs.length === 0) {
    return (
      <p role="status" className="rounded-xl border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
        No runs yet.
      </p>
    );
  }
  return (
    <div className="grid gap-2">
      <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-900 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-3 py-2">Run</th>
              <th scope="col" className="px-3 py-2">Status</th>
              <th scope="col" className="px-3 py-2">Headline</th>
              <th scope="col" className="px-3 py-2">Training time</th>
              <th scope="col" className="px-3 py-2">Backend</th>
              <th scope="col" className="px-3 py-2">Data</th>
              <th scope="col" className="px-3 py-2">Started</th>
              <th scope="col" className="px-3 py-2">Serving</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => {
              const activeNow = isActive(run);
              return (
                <tr key={run.id} data-run-id={run.id} aria-current={activeNow ? 'true' : undefined} className={`border-t border-slate-100 dark:border-slate-800 ${activeNow ? 'bg-indigo-50/60 dark:bg-indigo-950/30' : ''}`}>
                  <th scope="row" className="px-3 py-2 font-normal">
                    <span className="block font-medium">{run.config}</span>
                    <span className="block font-mono text-xs text-slate-500">
                      {run.modelKind} · {run.id}
                    </span>
                  </th>
                  <td className="px-3 py-2">
                    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[run.status]}`}>{run.status}</span>
                    {run.error && run.status === 'failed' ? <span className="mt-1 block max-w-xs text-xs text-red-700 dark:text-red-400">{run.error}</span> : null}
                  </td>
                  <td className="px-3 py-2 tabular-nums">{run.headline ? `${run.headline.name} ${formatNumber(run.headline.value)}` : '—'}</td>
                  <td className="px-3 py-2 tabular-nums">{formatSeconds(run.trainingSeconds)}</td>
                  <td className="px-3 py-2">{run.backend}</td>
                  <td className="px-3 py-2">{run.isSample === null ? '—' : run.isSample ? 'sample' : 'real'}</td>
                  <td className="px-3 py-2 whitespace-nowrap tabular-nums">{shortDate(run.startedAt)}</td>
                  <td className="px-3 py-2">
                    {activeNow ? (
                      <span className="rounded-full bg-indigo-600 px-2 py-0.5 text-xs font-medium text-white">active</span>
                    ) : run.status === 'succeeded' ? (
                      <button
                        type="button"
                        onClick={() => void promote(run)}
                        disabled={pending !== null}
                        aria-label={`Promote run ${run.id} (${run.config}) to active`}
                        className="rounded-md border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
                      >
                        {pending === run.id ? 'Promoting…' : 'Promote'}
                      </button>
                    ) : (
                      <span className="text-xs text-slate-400">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {feedback ? (
        <p role={feedback.kind === 'error' ? 'alert' : 'status'} className={`text-sm ${feedback.kind === 'error' ? 'text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-300'}`}>
          {feedback.text}
        </p>
      ) : null}
    </div>
  );
}
