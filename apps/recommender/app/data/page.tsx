import { CATALOG } from '@atlas/data-pipeline';
import { BarList } from '@atlas/ui';
import { loadEvaluateData } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const entry = CATALOG['movielens-100k'];
  const { runs } = await loadEvaluateData();
  const summary = runs.find((r) => r.metrics.data)?.metrics.data;
  return (
    <div className="mx-auto max-w-5xl space-y-6 p-6">
      <h1 className="text-2xl font-semibold">Data: {entry.title}</h1>
      <section aria-labelledby="lic-h" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
        <h2 id="lic-h" className="font-semibold">Licence: {entry.license.name} — no redistribution</h2>
        <p>{entry.license.terms}</p>
        <p>This app obtains the data through the dataset catalog (cache or mirror) at training time. It is never committed, bundled or published; the app shows only what the product needs (titles, genres, aggregate counts).</p>
        <p className="text-slate-600">Citation: {entry.citation}</p>
      </section>
      {summary ? (
        <>
          <p className="text-sm">{summary.ratings.toLocaleString('en-US')} ratings by {summary.users} users of {summary.items} movies; every user rated at least 20 movies. Cleaning: u.item read as latin-1, one movie without a release date kept with an unknown year, no rating removed.</p>
          <BarList title="Rating distribution" items={summary.ratingCounts.map((c, i) => ({ label: `${i + 1}★`, value: c }))} />
          <BarList title="Long tail: share of all ratings per tenth of the catalogue (most rated first), in %" items={summary.itemsByDecile.map((v, i) => ({ label: `${i * 10}-${i * 10 + 10}%`, value: Math.round(v * 1000) / 10 }))} />
        </>
      ) : (
        <p role="status">Train a model to see the data summary: npx nx run recommender:train</p>
      )}
      <section aria-labelledby="byod-h">
        <h2 id="byod-h" className="text-xl font-semibold">Bring your own data</h2>
        <pre className="rounded bg-slate-100 p-2 text-sm">npx nx run recommender:train --data ratings.csv --items items.csv</pre>
        <p className="text-sm">ratings.csv: <code>user,item,rating[,timestamp]</code> (header optional); items.csv: <code>item,title[,year][,genres separated by |]</code>. Five seeded random folds replace u1..u5; the ranking split is the same per-user 75/25.</p>
      </section>
    </div>
  );
}
