'use client';
import { useId, useMemo, useState } from 'react';
import { TradeoffCard } from '../cards/TradeoffCard';
import { qualityGain } from '../cards/tradeoff-types';
import { formatBytes, formatInteger, formatMs, formatNumber, formatPercent, formatSeconds } from '../charts/format';
import { compareRows, sortCompareRows, toCompareCsv, type CompareRow, type CompareSortKey } from './compare-rows';
import type { CompareData, CompareDomainEntry } from './compare-types';
import { CompareScatter } from './CompareScatter';
import { NormalizedBars } from './NormalizedBars';

export interface ComparePageProps {
  data: CompareData;
  /** The domain of the app showing the page, marked "this app". */
  current?: string;
  /** Chart width in px (tests); charts fill their column otherwise. */
  chartWidth?: number;
}

const SORTS: { key: CompareSortKey; label: string }[] = [
  { key: 'domain', label: 'Domain' },
  { key: 'gain', label: 'Quality gain over anchor' },
  { key: 'latency', label: 'Server latency (fastest first)' },
  { key: 'size', label: 'Model size (smallest first)' },
  { key: 'training', label: 'Training time (shortest first)' },
];

function MissingModel({ domain, current }: { domain: CompareDomainEntry; current: boolean }) {
  const [copied, setCopied] = useState(false);
  return (
    <article
      aria-label={`${domain.name}: no model to compare`}
      className="grid content-start gap-3 rounded-xl border border-dashed border-amber-400 bg-amber-50 p-5 text-amber-950 dark:border-amber-700 dark:bg-amber-950/30 dark:text-amber-100"
    >
      <h3 className="text-lg font-semibold tracking-tight">
        {domain.name}
        {current ? <span className="ml-2 text-xs font-normal">(this app)</span> : null}
      </h3>
      <p className="text-sm">{domain.missing ?? 'No model has been trained for this domain yet.'}</p>
      {domain.error ? <p className="text-sm">Registry: {domain.error}</p> : null}
      <div className="grid gap-1">
        <p className="text-sm font-medium">To fix it, run:</p>
        <div className="flex flex-wrap items-center gap-2">
          <code className="rounded bg-white px-2 py-1 font-mono text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100">{domain.command}</code>
          <button
            type="button"
            className="rounded-md border border-amber-500 px-2 py-1 text-xs print:hidden"
            onClick={() => {
              void navigator.clipboard?.writeText(domain.command).then(() => setCopied(true));
            }}
          >
            {copied ? 'Copied' : 'Copy'}
          </button>
        </div>
      </div>
    </article>
  );
}

function gainText(row: CompareRow): string {
  if (row.value === null || row.anchorValue === null) return '—';
  const gain = row.gainVsAnchor;
  return `${formatNumber(row.value)} vs ${formatNumber(row.anchorValue)} (${row.anchorName})${gain === null ? '' : `, ${gain >= 0 ? '+' : ''}${formatPercent(gain)}`}`;
}

function GlanceTable({ rows }: { rows: CompareRow[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">The active model of each domain, one row per domain</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-900 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-2">Domain</th>
            <th scope="col" className="px-3 py-2">Headline vs anchor</th>
            <th scope="col" className="px-3 py-2">Server p50 / p95</th>
            <th scope="col" className="px-3 py-2">Browser p50 / p95</th>
            <th scope="col" className="px-3 py-2">Size</th>
            <th scope="col" className="px-3 py-2">Training</th>
            <th scope="col" className="px-3 py-2">Data</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 align-top dark:border-slate-800">
              <th scope="row" className="px-3 py-2 font-medium">
                {r.name}
                {r.task ? <span className="block text-xs font-normal text-slate-500">{r.task}</span> : null}
              </th>
              {r.hasModel ? (
                <>
                  <td className="px-3 py-2">
                    <span className="font-medium">{r.metric}</span> {gainText(r)}
                  </td>
                  <td className="px-3 py-2 tabular-nums">{r.serverP50Ms === null ? 'not measured' : `${formatMs(r.serverP50Ms)} / ${formatMs(r.serverP95Ms)}`}</td>
                  <td className="px-3 py-2 tabular-nums">{r.browserP50Ms === null ? 'not measured' : `${formatMs(r.browserP50Ms)} / ${formatMs(r.browserP95Ms)}`}</td>
                  <td className="px-3 py-2 tabular-nums">
                    {formatInteger(r.parameters)} params · {formatBytes(r.bytes)}
                  </td>
                  <td className="px-3 py-2 tabular-nums">
                    {formatSeconds(r.trainingSeconds)} · {r.trainingBackend}
                  </td>
                  <td className="px-3 py-2">
                    {formatInteger(r.trainRows)} train rows · {r.sensitivity}
                    {r.isSample ? <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">sample</span> : null}
                  </td>
                </>
              ) : (
                <td colSpan={6} className="px-3 py-2 text-amber-800 dark:text-amber-300">
                  No model. Run <code className="font-mono">{r.command}</code>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function downloadCsv(rows: CompareRow[]): void {
  const blob = new Blob([toCompareCsv(rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `atlas-compare-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/** The active tradeoff cards of all five domains side by side, with scatter plots, sorting, filtering and export. */
export function ComparePage({ data, current, chartWidth }: ComparePageProps) {
  const filterId = useId();
  const sortId = useId();
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [sort, setSort] = useState<CompareSortKey>('domain');
  const allRows = useMemo(() => compareRows(data), [data]);
  const rows = useMemo(() => sortCompareRows(allRows.filter((r) => !hidden.has(r.id)), sort), [allRows, hidden, sort]);
  const byId = new Map(data.domains.map((d) => [d.id, d]));
  const shownDomains = rows.map((r) => byId.get(r.id)).filter((d): d is CompareDomainEntry => d !== undefined);
  const missing = allRows.filter((r) => !r.hasModel).length;

  return (
    <article className="grid gap-8">
      <header className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Compare the five products</h1>
        <p className="max-w-3xl text-slate-600 dark:text-slate-300">
          The active model of each domain on the same terms: quality against a reference, speed, size, training cost, privacy, how it explains itself, how it
          fails, and who takes over when it does. Read from the shared registry{' '}
          <time dateTime={data.generatedAt}>{data.generatedAt.slice(0, 16).replace('T', ' ')}</time>.
        </p>
        {missing > 0 ? (
          <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
            {missing} of {allRows.length} domains have no model to compare yet; their cards say how to train one.
          </p>
        ) : null}
      </header>

      <section aria-label="View options" className="flex flex-wrap items-end gap-6 print:hidden">
        <fieldset className="grid gap-1">
          <legend className="text-sm font-medium">Show domains</legend>
          <div className="flex flex-wrap gap-3">
            {allRows.map((r) => (
              <label key={r.id} className="flex items-center gap-1.5 text-sm">
                <input
                  type="checkbox"
                  name={`${filterId}-domain`}
                  checked={!hidden.has(r.id)}
                  onChange={(e) => {
                    const next = new Set(hidden);
                    if (e.target.checked) next.delete(r.id);
                    else next.add(r.id);
                    setHidden(next);
                  }}
                  className="accent-indigo-600"
                />
                {r.name}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-1">
          <label htmlFor={sortId} className="text-sm font-medium">
            Sort by
          </label>
          <select id={sortId} value={sort} onChange={(e) => setSort(e.target.value as CompareSortKey)} className="rounded-md border border-slate-300 px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900">
            {SORTS.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <button type="button" onClick={() => downloadCsv(rows)} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
            Export CSV
          </button>
          <button type="button" onClick={() => window.print()} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
            Print
          </button>
        </div>
      </section>

      <section aria-labelledby="compare-glance" className="grid gap-3">
        <h2 id="compare-glance" className="text-xl font-semibold tracking-tight">
          At a glance
        </h2>
        <GlanceTable rows={rows} />
      </section>

      <section aria-labelledby="compare-cards" className="grid gap-3">
        <h2 id="compare-cards" className="text-xl font-semibold tracking-tight">
          Tradeoff cards
        </h2>
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {shownDomains.map((d) =>
            d.active?.card ? (
              <TradeoffCard
                key={d.id}
                card={d.active.card}
                badge={
                  <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-200">
                    {d.name}
                    {d.id === current ? ' · this app' : ''}
                  </span>
                }
              />
            ) : (
              <MissingModel key={d.id} domain={d} current={d.id === current} />
            ),
          )}
        </div>
      </section>

      <section aria-labelledby="compare-charts" className="grid gap-3">
        <h2 id="compare-charts" className="text-xl font-semibold tracking-tight">
          Tradeoffs in charts
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <CompareScatter
            domains={shownDomains}
            width={chartWidth}
            title="Quality against server latency"
            description="Quality as the relative gain over each domain's own anchor (so different metrics share an axis), against the server's median latency per call (log scale)."
            x={(c) => c.latency.server?.p50Ms ?? null}
            y={(c) => (c.quality.anchor.value === 0 ? null : qualityGain(c) / Math.abs(c.quality.anchor.value))}
            xLabel="Server p50 latency"
            yLabel="Gain over anchor"
            xLog
            formatX={(v) => formatMs(v)}
            formatY={(v) => formatPercent(v)}
          />
          <CompareScatter
            domains={shownDomains}
            width={chartWidth}
            title="Model size against training time"
            description="Weight bytes against training time, both on log scales: what a model costs to build and to ship."
            x={(c) => c.training.seconds}
            y={(c) => c.size.bytes}
            xLabel="Training time"
            yLabel="Model size"
            xLog
            yLog
            formatX={(v) => formatSeconds(v)}
            formatY={(v) => formatBytes(v)}
          />
        </div>
        <NormalizedBars rows={rows} width={chartWidth} />
      </section>
    </article>
  );
}
