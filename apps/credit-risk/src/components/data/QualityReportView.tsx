import type { QualityReport } from '@atlas/data-pipeline';
import { BarList, Histogram } from '@atlas/ui';
import { FIELD_BY_NAME, type CreditFeature } from '../../domain/fields';
import { percent } from '../format';

const label = (name: string) => FIELD_BY_NAME[name as CreditFeature]?.label ?? name;

/** The data pipeline's report of the build the model learned from. */
export function QualityReportView({ report }: { report: QualityReport }) {
  const balance = Object.entries(report.classBalanceIn);
  const total = balance.reduce((s, [, n]) => s + n, 0);
  const split = report.splits[0];
  const numeric = report.features.filter((f) => f.type === 'numeric');
  const categorical = report.features.filter((f) => f.type === 'categorical');
  return (
    <div className="grid gap-8">
      <section aria-labelledby="source" className="grid gap-2">
        <h2 id="source" className="text-xl font-semibold">
          Source, license and citation
        </h2>
        <p>{report.title}</p>
        <p className="text-sm text-slate-600 dark:text-slate-300">{report.source.description}</p>
        <p className="text-sm">
          License: <strong>{report.license.name}</strong>
          {report.license.redistributable ? ' (redistributable)' : ' (not redistributable)'}.
        </p>
        <p className="text-sm">Cite: {report.citation}</p>
        {report.source.files.map((f) => (
          <p key={f.path} className="font-mono text-xs text-slate-500">
            {f.path} sha256 {f.sha256}
          </p>
        ))}
        {report.warnings.map((w) => (
          <p key={w} role="note" className="text-sm text-amber-800 dark:text-amber-300">
            {w}
          </p>
        ))}
      </section>

      <section aria-labelledby="balance" className="grid gap-3 lg:grid-cols-2">
        <h2 id="balance" className="text-xl font-semibold lg:col-span-2">
          Class balance and split
        </h2>
        <BarList
          title="Clients by outcome (before cleaning)"
          items={balance.map(([k, n]) => ({ label: k, value: n, hint: percent(n / total) }))}
        />
        {split ? (
          <div className="text-sm">
            <p className="font-medium">
              {split.name} split, seed {split.seed ?? 'none'}, fingerprint {split.fingerprint}
            </p>
            <table className="mt-2 w-full tabular-nums [&_td]:py-1 [&_td]:pr-3 [&_th]:pr-3">
              <thead>
                <tr className="text-left text-slate-500">
                  <th scope="col">Part</th>
                  <th scope="col">Rows</th>
                  {Object.keys(Object.values(split.parts)[0]?.classBalance ?? {}).map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Object.entries(split.parts).map(([part, p]) => (
                  <tr key={part} className="border-t border-slate-100 dark:border-slate-800">
                    <th scope="row" className="text-left font-normal">
                      {part}
                    </th>
                    <td>{p.rows.toLocaleString('en-US')}</td>
                    {Object.values(p.classBalance).map((n, i) => (
                      <td key={i}>{n.toLocaleString('en-US')}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="cleaning" className="grid gap-3">
        <h2 id="cleaning" className="text-xl font-semibold">
          What cleaning did
        </h2>
        <ol className="grid list-decimal gap-1 pl-5 text-sm">
          {report.steps.map((s) => (
            <li key={s.step}>
              {s.step}: {s.rowsIn.toLocaleString('en-US')} rows in, {s.rowsOut.toLocaleString('en-US')} out
              {Object.keys(s.removed).length ? ` (removed: ${Object.entries(s.removed).map(([k, n]) => `${n} ${k}`).join(', ')})` : ''}
              {s.note ? `. ${s.note}` : ''}
            </li>
          ))}
        </ol>
        <ul className="grid gap-2 text-sm">
          {report.decisions.map((d) => (
            <li key={`${d.step}-${d.column}-${d.rule}`} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
              <p className="font-medium">
                {d.column ? `${d.column}: ` : ''}
                {d.rule} ({d.count.toLocaleString('en-US')} rows)
              </p>
              <p className="text-slate-600 dark:text-slate-300">{d.rationale}</p>
              {d.byValue ? <p className="text-xs text-slate-500">By value: {Object.entries(d.byValue).map(([v, n]) => `${v}: ${n}`).join(', ')}</p> : null}
            </li>
          ))}
        </ul>
        {report.duplicates.stats.map((s) => (
          <p key={s.kind} className="text-sm">
            {s.kind} duplicates removed: {s.removed}
            {s.labelConflicts ? `, ${s.labelConflicts} with conflicting labels` : ''}.
          </p>
        ))}
      </section>

      <section aria-labelledby="distributions" className="grid gap-3">
        <h2 id="distributions" className="text-xl font-semibold">
          Feature distributions
        </h2>
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {numeric.map((f) =>
            f.type === 'numeric' ? (
              <Histogram
                key={f.name}
                title={`${label(f.name)} (${f.name})`}
                bins={f.histogram.counts.map((count, i) => ({ start: f.histogram.edges[i], end: f.histogram.edges[i + 1], count }))}
                digits={0}
              />
            ) : null,
          )}
          {categorical.map((f) =>
            f.type === 'categorical' ? (
              <BarList key={f.name} title={`${label(f.name)} (${f.name})`} items={f.top.map((t) => ({ label: t.value, value: t.count }))} />
            ) : null,
          )}
        </div>
      </section>

      <section aria-labelledby="privacy" className="grid gap-2">
        <h2 id="privacy" className="text-xl font-semibold">
          Personal data
        </h2>
        <ul className="grid list-disc gap-1 pl-5 text-sm">
          {report.pii.columns.map((c) => (
            <li key={c.column}>
              {c.column} ({c.kind}): {c.detail}. {c.action}.
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
