import { ModelCardView, SampleDataBanner } from '@atlas/ui';
import { PageHeader, taskFromQuery } from '../../src/components/PageHeader';
import { modelCardOf } from '../../src/domain/model-card';
import { overview } from '../../src/domain/overview';
import { TASKS } from '../../src/domain/tasks';
import { privacyTable, taskModelView } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const task = taskFromQuery((await searchParams).task);
  const spec = TASKS[task];
  const ds = overview.datasets.find((d) => d.id === spec.datasetId);
  const [{ view, error }, privacy] = await Promise.all([taskModelView(task), privacyTable()]);
  return (
    <article className="grid gap-6">
      <PageHeader task={task} path="/model-card" />
      <header className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Model card</h1>
        <p className="max-w-3xl text-gray-600 dark:text-gray-300">
          The model serving {spec.name}, described in the sections of Mitchell et al. (2019), &quot;Model Cards for Model Reporting&quot;, written from its training run.
        </p>
      </header>
      {view ? (
        <>
          <SampleDataBanner isSample={view.metrics.dataset.isSample} datasetName={view.metrics.dataset.name} command="npx nx run med-diagnosis:train" />
          <ModelCardView
            card={modelCardOf(
              view.metrics,
              spec,
              { id: view.runId, finishedAt: view.finishedAt, license: ds?.license ?? 'see the Data page', citation: ds?.citation },
              privacy.filter((r) => r.task === task).map((r) => ({ config: r.config, auc: r.auc, epsilon: r.epsilon })),
            )}
          />
        </>
      ) : (
        <p role="alert">No model yet: {error}</p>
      )}
    </article>
  );
}
