import { SampleDataBanner } from '@atlas/ui';
import { NoModelNotice } from '../../src/components/NoModelNotice';
import { TryPanel } from '../../src/components/try/TryPanel';
import type { CreditApplication } from '../../src/domain/features';
import { activeView } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const { active, error } = await activeView();
  return (
    <article className="grid gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Score an application</h1>
        <p className="max-w-3xl text-slate-600 dark:text-slate-300">
          Enter a card client&apos;s limit, demographics and six months of statements. The model returns the probability that they miss next month&apos;s payment,
          a risk grade, the score in points, the main reasons, and the smallest change that would flip the decision. Move the cutoff to see what it does to
          the approval rate, the bad rate and the profit.
        </p>
      </header>
      {active ? (
        <>
          <SampleDataBanner isSample={active.preprocess.isSample} datasetName={active.metrics.dataset.name} command="npx nx run credit-risk:train" />
          {active.preprocess.schema.kind === 'custom' ? (
            <p role="status">
              The active model was trained on your own CSV (columns: {active.preprocess.columns.map((c) => c.name).join(', ')}). Score it through POST /api/predict;
              this form is for the Taiwan data.
            </p>
          ) : (
            <TryPanel
              typical={active.preprocess.defaults as unknown as CreditApplication}
              defaultCutoff={active.preprocess.cutoff}
              curve={active.metrics.test.cutoffs}
              roc={active.metrics.test.roc}
              auc={active.metrics.test.auc.estimate}
              runId={active.run.id}
            />
          )}
          <p className="text-sm text-slate-500">
            Model: {active.run.config} (run {active.run.id}).
          </p>
        </>
      ) : (
        <NoModelNotice error={error} />
      )}
    </article>
  );
}
