import { ModelCardView, SampleDataBanner } from '@atlas/ui';
import { loadModelCard } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const { card, isSample, error } = await loadModelCard();
  return (
    <article className="grid gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Model card</h1>
        <p className="max-w-3xl text-slate-600 dark:text-slate-300">
          The active recommender described in the sections of Mitchell et al. (2019), &quot;Model Cards for Model Reporting&quot;, written from its training run.
        </p>
      </header>
      {error && <p role="alert">{error}</p>}
      {card ? (
        <>
          <SampleDataBanner isSample={isSample} datasetName="MovieLens 100K" command="npx nx run recommender:train" />
          <ModelCardView card={card} />
        </>
      ) : (
        !error && <p role="status">No trained model yet: run npx nx run recommender:train</p>
      )}
    </article>
  );
}
