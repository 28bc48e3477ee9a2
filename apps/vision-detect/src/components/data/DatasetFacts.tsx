'use client';
import { BarList } from '@atlas/ui';
import type { QualityReport } from '@atlas/data-pipeline';
import type { DatasetSummary } from '../../domain/run-metrics';

/** Class balance, split sizes, box sizes and what cleaning did, from the run's data and the pipeline's report. */
export function DatasetFacts({ dataset, report, inputSize }: { dataset: DatasetSummary; report: QualityReport | null; inputSize: number }) {
  const classes = Object.keys(dataset.boxSides.counts);
  const totals = classes.map((c) => ({ label: c, value: dataset.boxSides.counts[c].reduce((a, b) => a + b, 0) }));
  return (
    <div className="grid gap-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <BarList title="Boxes per class (all images)" description="Unbalanced: speed limits dominate, stop signs are rare." items={totals} format={(v) => String(v)} />
        <table className="self-start text-sm" data-testid="split-table">
          <caption className="mb-2 text-left font-semibold">Split by image (seeded, stratified by each image&apos;s rarest class)</caption>
          <thead>
            <tr className="border-b text-left">
              <th className="p-2">Part</th>
              <th className="p-2 text-right">Images</th>
              <th className="p-2 text-right">Boxes</th>
            </tr>
          </thead>
          <tbody>
            {(['train', 'val', 'test'] as const).map((p) => (
              <tr key={p} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="p-2 text-left font-medium">
                  {p}
                </th>
                <td className="p-2 text-right">{dataset.images[p]}</td>
                <td className="p-2 text-right">{dataset.boxes[p]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <table className="text-sm" data-testid="box-sizes">
        <caption className="mb-2 text-left">
          <span className="font-semibold">Sign sizes at the model input ({inputSize} px, longest side)</span>
          <span className="block text-xs text-slate-500">Many signs are under 16 px across at this resolution: that is where a small input loses them.</span>
        </caption>
        <thead>
          <tr className="border-b text-left">
            <th className="p-2">Class</th>
            {dataset.boxSides.bins.map((b) => (
              <th key={b} className="p-2 text-right">
                {b}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {classes.map((c) => (
            <tr key={c} className="border-b border-slate-100 dark:border-slate-800">
              <th scope="row" className="p-2 text-left font-medium">
                {c}
              </th>
              {dataset.boxSides.counts[c].map((n, i) => (
                <td key={i} className="p-2 text-right">
                  {n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {report ? (
        <div className="grid gap-2">
          <h3 className="font-semibold">What the data pipeline did</h3>
          <ol className="grid list-decimal gap-1 pl-6 text-sm">
            {report.steps.map((s) => (
              <li key={s.step}>
                {s.step}: {s.rowsIn} in, {s.rowsOut} out
                {Object.keys(s.removed).length ? ` (${Object.entries(s.removed).map(([k, v]) => `${v} ${k}`).join('; ')})` : ''}
                {s.note ? `, ${s.note}` : ''}
              </li>
            ))}
          </ol>
          <ul className="grid list-disc gap-1 pl-6 text-sm">
            {report.decisions.map((d, i) => (
              <li key={i}>
                <strong>{d.rule}</strong> ({d.count} {d.count === 1 ? 'case' : 'cases'}): {d.rationale}
              </li>
            ))}
            {report.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
