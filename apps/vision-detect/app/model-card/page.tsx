import { ModelCardView, SampleDataBanner } from '@atlas/ui';
import { NoModelNotice } from '../../src/components/NoModelNotice';
import { modelCardOf } from '../../src/domain/model-card';
import { activeView } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const { active, error } = await activeView();
  return (
    <article className="grid gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Model card</h1>
        <p className="max-w-3xl text-slate-600 dark:text-slate-300">
          The active detector described in the sections of Mitchell et al. (2019), &quot;Model Cards for Model Reporting&quot;, written from its training run.
        </p>
      </header>
      {active ? (
        <>
          <SampleDataBanner isSample={active.metrics.dataset.source === 'sample'} datasetName={active.metrics.dataset.name} command="npx nx run vision-detect:train" />
          <ModelCardView card={modelCardOf(active.metrics, { id: active.run.id, finishedAt: active.run.finishedAt })} />
        </>
      ) : (
        <NoModelNotice error={error} />
      )}
    </article>
  );
}
