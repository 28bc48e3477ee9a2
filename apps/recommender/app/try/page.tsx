import { TryRecommender } from '../../src/components/TryRecommender';
import { loadTryData } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const { data, error } = await loadTryData();
  return (
    <div className="mx-auto max-w-5xl space-y-4 p-6">
      <h1 className="text-2xl font-semibold">Try: movie recommendations</h1>
      {data ? (
        <>
          <p className="text-sm text-slate-600">Served by run {data.runId} ({data.config}).</p>
          <TryRecommender data={data} />
        </>
      ) : (
        <p role="status">{error ? `The model could not be loaded: ${error}` : 'No active model yet: run npx nx run recommender:train'}</p>
      )}
    </div>
  );
}
