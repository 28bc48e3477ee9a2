import { PageHeader, taskFromQuery } from '../../src/components/PageHeader';
import { overview } from '../../src/domain/overview';
import { TASKS } from '../../src/domain/tasks';
import { AuditTable } from '../../src/components/AuditTable';
import { auditLog } from '../../src/server/audit';
import { taskModelView } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const task = taskFromQuery((await searchParams).task);
  const spec = TASKS[task];
  const ds = overview.datasets.find((d) => d.id === spec.datasetId);
  const [{ view }, audit] = await Promise.all([taskModelView(task), auditLog()]);
  const m = view?.metrics;
  return (
    <div className="space-y-6">
      <PageHeader task={task} path="/data" />
      <h1 className="text-2xl font-semibold">Data: {ds?.title}</h1>
      <p>{ds?.rows}</p>
      <p className="text-sm">Licence: {ds?.license}. Citation: {ds?.citation} <a className="underline" href={ds?.homepage}>{ds?.homepage}</a></p>
      {m && (
        <>
          <section>
            <h2 className="font-semibold">Class balance</h2>
            <p data-testid="class-balance">{m.dataset.positives} {spec.positiveLabel} and {m.dataset.rows - m.dataset.positives} {spec.negativeLabel} ({(m.cv.prevalence * 100).toFixed(1)}% {spec.positiveLabel}){m.dataset.isSample ? ' (project sample, not the real data)' : ''}.</p>
          </section>
          <section>
            <h2 className="font-semibold">Missing values, as handled</h2>
            {spec.zeroMeansMissing.length > 0 && <p className="text-sm">A recorded 0 in {spec.zeroMeansMissing.join(', ')} is physiologically impossible and is treated as not measured. Missing values are filled with the median of the training rows only (inside each cross-validation fold, never per outcome class); insulin and skinfold also get a “was missing” input.</p>}
            <table className="mt-2 text-sm">
              <thead><tr><th className="pr-4 text-left">Feature</th><th className="pr-4">Missing</th><th className="pr-4">Imputed with</th><th>Typical (5-95%)</th></tr></thead>
              <tbody>
                {(m.columns ?? []).map((c) => (
                  <tr key={c.name}><td className="pr-4">{spec.features.find((f) => f.name === c.name)?.label ?? c.name}</td><td className="pr-4 text-right">{c.missingInTraining}</td><td className="pr-4 text-right">{Number(c.median.toPrecision(4))}</td><td className="text-right">{Number(c.p05.toPrecision(3))}-{Number(c.p95.toPrecision(3))}</td></tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
      <section>
        <h2 className="font-semibold">Bring your own data</h2>
        <p className="text-sm">
          A CSV with one row per patient, numeric measurements and a two-valued outcome column trains the same pipeline (imputation inside the folds, 5-fold CV,
          calibration, the five simulated hospitals):
        </p>
        <pre className="mt-2 overflow-x-auto rounded bg-gray-100 p-2 text-xs dark:bg-gray-900">npx nx run med-diagnosis:train --data clinic.csv --label outcome --missing &apos;?&apos;</pre>
        <ul className="mt-2 list-disc pl-5 text-sm">
          <li><code>--missing</code>: your file&apos;s markers for a value not recorded, comma-separated (<code>&apos;?,-99&apos;</code>); empty cells, NA and null always count.</li>
          <li>Numeric columns and numeric codes become inputs; identifiers, constant columns and text columns are left out, and the command says why for each.</li>
          <li><code>--positive</code> names the outcome value that means disease (default 1, yes, M..., else the rarer value); <code>--hospital age</code> picks the column whose quintiles form the simulated hospitals.</li>
          <li>It trains <code>custom-logistic</code> and <code>custom-mlp</code> (or <code>--config federated-dp --epsilon 1</code>), registers the runs and promotes none unless <code>--promote always</code>.</li>
        </ul>
      </section>
      <AuditTable rows={audit.rows} error={audit.error} />
    </div>
  );
}
