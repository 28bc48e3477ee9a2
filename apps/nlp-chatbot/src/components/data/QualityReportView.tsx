import type { QualityReport } from '@atlas/data-pipeline';
import { BarList, Histogram } from '@atlas/ui';
import { Section } from '../Section';

/** The data pipeline's report of the CLINC150 build the model learned from. */
export function QualityReportView({ report, domainOf }: { report: QualityReport; domainOf: Record<string, string> }) {
  const perDomain = new Map<string, number>();
  for (const [label, n] of Object.entries(report.classBalanceIn)) {
    const d = domainOf[label] ?? label;
    perDomain.set(d, (perDomain.get(d) ?? 0) + n);
  }
  const perIntent = Object.entries(report.classBalanceIn).filter(([label]) => label !== 'oos').map(([, n]) => n);
  const text = report.features.find((f) => f.type === 'text');
  const split = report.splits[0];
  return (
    <div className="grid gap-8">
      <Section id="source" title="Source, license and citation">
        <p>{report.title}</p>
        <p className="text-sm text-slate-600 dark:text-slate-300">{report.source.description}</p>
        <p className="text-sm">
          License: <strong>{report.license.name}</strong>
          {report.license.redistributable ? ' (redistributable)' : ' (not redistributable)'}. Cite: {report.citation}
        </p>
      </Section>
      <Section id="cleaning" title="What cleaning did">
        <table className="w-full max-w-3xl text-sm" data-testid="cleaning-steps">
          <thead>
            <tr className="text-left">
              <th className="py-1">Step</th>
              <th>Rows in</th>
              <th>Rows out</th>
              <th>Removed</th>
            </tr>
          </thead>
          <tbody>
            {report.steps.map((s, i) => (
              <tr key={i} className="border-t border-slate-200 align-top dark:border-slate-800">
                <td className="py-1">{s.step}</td>
                <td className="tabular-nums">{s.rowsIn.toLocaleString('en-US')}</td>
                <td className="tabular-nums">{s.rowsOut.toLocaleString('en-US')}</td>
                <td>
                  {Object.entries(s.removed)
                    .map(([why, n]) => `${n} ${why}`)
                    .join('; ') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ul className="list-disc pl-5 text-sm">
          {report.decisions.map((d, i) => (
            <li key={i}>
              {d.rule} ({d.count} rows): {d.rationale}.
            </li>
          ))}
        </ul>
      </Section>
      <Section id="balance" title="Class balance">
        <BarList items={[...perDomain].map(([label, value]) => ({ label: label.replace(/_/g, ' '), value }))} title="Utterances per domain (all splits)" />
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {Object.keys(report.classBalanceIn).length} labels; per intent {Math.min(...perIntent)} to {Math.max(...perIntent)} utterances. The out-of-scope
          label holds {report.classBalanceIn.oos?.toLocaleString('en-US') ?? 0}.
        </p>
        {split ? (
          <p className="text-sm" data-testid="split-sizes">
            Split ({split.name}, fingerprint {split.fingerprint.slice(0, 12)}):{' '}
            {Object.entries(split.parts)
              .map(([p, v]) => `${p} ${v.rows.toLocaleString('en-US')}`)
              .join(', ')}
            .
          </p>
        ) : null}
      </Section>
      {text && text.type === 'text' ? (
        <Section id="lengths" title="Message length">
          <Histogram
            bins={text.lengthHistogram.counts.map((count, i) => ({ start: text.lengthHistogram.edges[i], end: text.lengthHistogram.edges[i + 1], count }))}
            title={`Characters per utterance (mean ${text.meanLength?.toFixed(1) ?? '—'})`}
            digits={0}
          />
        </Section>
      ) : null}
      <Section id="pii" title="Personal data">
        <ul className="list-disc pl-5 text-sm">
          {report.pii.columns.map((c) => (
            <li key={c.column}>
              {c.column}: {c.detail}; {c.rowsWithPii ?? 0} rows with a match. {c.action}.
            </li>
          ))}
          <li>Messages typed in the chat are redacted (e-mails, phone and card numbers, ids replaced by placeholders) before they are stored or logged.</li>
        </ul>
      </Section>
      {report.warnings.length ? (
        <Section id="warnings" title="Warnings">
          <ul className="list-disc pl-5 text-sm">
            {report.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
