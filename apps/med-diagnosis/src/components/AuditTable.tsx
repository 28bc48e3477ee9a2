// The Data page's audit table: one row per logged prediction (time, run, task, redacted input, answer).
import type { AuditRow } from '../server/audit';

const inputText = (input: AuditRow['input']) =>
  Object.entries(input)
    .map(([k, v]) => `${k} ${v === null ? '—' : v}`)
    .join(', ');

export function AuditTable({ rows, error }: { rows: AuditRow[]; error: string | null }) {
  return (
    <section data-testid="audit-table" aria-labelledby="audit-title">
      <h2 id="audit-title" className="font-semibold">Audit: every prediction served</h2>
      <p className="text-sm text-gray-600">
        Each answer of /api/predict and /api/explain is logged with the run that gave it and its latency. The input is stored redacted: measurements rounded to whole
        units (two significant digits below 10), and the form accepts no names or record numbers. Newest first, the latest 100.
      </p>
      {error ? (
        <p role="alert" className="text-sm">The prediction log could not be read: {error}</p>
      ) : rows.length === 0 ? (
        <p className="text-sm">No prediction yet: estimate a risk on the Try page and it appears here.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="mt-2 text-sm" aria-label="Prediction audit log">
            <thead>
              <tr className="text-left">
                <th className="pr-4">Time (UTC)</th>
                <th className="pr-4">Run</th>
                <th className="pr-4">Task</th>
                <th className="pr-4">Redacted input</th>
                <th className="pr-4">Risk</th>
                <th className="pr-4">Flagged</th>
                <th>Latency</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="align-top">
                  <td className="whitespace-nowrap pr-4">{r.at.replace('T', ' ').slice(0, 19)}</td>
                  <td className="whitespace-nowrap pr-4" title={r.runId}>{r.config} · {r.runId.slice(0, 8)}</td>
                  <td className="pr-4">{r.task}</td>
                  <td className="pr-4 text-xs">{inputText(r.input)}</td>
                  <td className="pr-4 text-right">{r.risk === null ? '—' : `${(r.risk * 100).toFixed(1)}%`}</td>
                  <td className="pr-4">{r.flagged === null ? '—' : r.flagged ? 'yes' : 'no'}</td>
                  <td className="whitespace-nowrap text-right">{r.latencyMs.toFixed(1)} ms</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
