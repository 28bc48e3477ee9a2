import { ThresholdChart } from '@atlas/ui';
import { ANCHORS, BARS } from '../../src/domain/configs';
import { loadEvaluateData } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

const f = (v: number | null | undefined, d = 3) => (v === null || v === undefined || Number.isNaN(v) ? '—' : v.toFixed(d));

export default async function Page() {
  const { runs, error } = await loadEvaluateData();
  const best = runs.find((r) => r.config === 'ease') ?? runs[0];
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Evaluate</h1>
      {error && <p role="alert">{error}</p>}
      {!runs.length && <p role="status">No trained runs yet: run npx nx run recommender:train --config all</p>}
      <section aria-labelledby="rating-h">
        <h2 id="rating-h" className="text-xl font-semibold">Rating prediction: mean over folds u1..u5 (bar RMSE ≤ {BARS.rmse})</h2>
        <table className="mt-2 text-sm">
          <thead><tr><th className="pr-4 text-left">model</th><th className="pr-4">RMSE</th><th className="pr-4">fold range</th><th>MAE</th></tr></thead>
          <tbody>
            {runs.filter((r) => r.metrics.rating).map((r) => (
              <tr key={r.runId}><td className="pr-4">{r.config}</td><td className="pr-4">{f(r.metrics.rating?.rmse, 4)}</td><td className="pr-4">{f(r.metrics.rating?.rmseRange[0], 4)}–{f(r.metrics.rating?.rmseRange[1], 4)}</td><td>{f(r.metrics.rating?.mae, 4)}</td></tr>
            ))}
            {ANCHORS.rating.map((a) => (
              <tr key={a.name} className="text-slate-500"><td className="pr-4">{a.name} (published)</td><td className="pr-4">{a.rmse}</td><td className="pr-4" /><td>{a.mae}</td></tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="ranking-h">
        <h2 id="ranking-h" className="text-xl font-semibold">Top-10 ranking: per-user 75/25 split, all unrated items ranked (bar nDCG@10 ≥ {BARS.ndcg})</h2>
        <table className="mt-2 text-sm">
          <thead><tr>{['model', 'P@10', 'R@10', 'nDCG@10 (95% CI)', 'MAP@10', 'coverage', 'novelty (bits)', 'train s'].map((h) => <th key={h} className="pr-4 text-left">{h}</th>)}</tr></thead>
          <tbody>
            {runs.map((r) => {
              const m = r.metrics.ranking;
              const ci = r.metrics.rankingCi.ndcg;
              return (
                <tr key={r.runId}><td className="pr-4">{r.config}</td><td className="pr-4">{f(m.precision)}</td><td className="pr-4">{f(m.recall)}</td><td className="pr-4">{f(m.ndcg)} ({f(ci.low)}–{f(ci.high)})</td><td className="pr-4">{f(m.map)}</td><td className="pr-4">{f(m.coverage)}</td><td className="pr-4">{f(m.novelty, 2)}</td><td>{f(r.seconds, 1)}</td></tr>
              );
            })}
            {ANCHORS.ranking.map((a) => (
              <tr key={a.name} className="text-slate-500"><td className="pr-4">{a.name} (published)</td><td /><td /><td className="pr-4">{a.ndcg}</td><td /><td /><td /><td /></tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-sm text-slate-600">
          Rating vs ranking: the MF model has the lowest RMSE, yet the EASE item model, which never predicts a rating, makes the better top-10 list. RMSE rewards getting
          the stars right on movies the user chose to watch; a top-10 list must pick, out of 1,600 unseen movies, the few the user will watch.
        </p>
      </section>
      {best && (
        <>
          <section aria-labelledby="dial-h">
            <h2 id="dial-h" className="text-xl font-semibold">The dials&apos; tradeoff ({best.config}): nDCG@10 vs coverage, novelty and diversity</h2>
            <ThresholdChart
              title="Diversity dial (popularity penalty 0): what the top-10 lists gain and lose"
              points={best.metrics.dial.filter((d) => d.popularityPenalty === 0).map((d) => ({ threshold: d.diversity, ndcg: d.ndcg, coverage: d.coverage, ild: d.diversity_ild }))}
              series={[{ key: 'ndcg', label: 'nDCG@10' }, { key: 'coverage', label: 'catalogue coverage' }, { key: 'ild', label: 'list diversity (genres)' }]}
            />
            <table className="mt-2 text-sm">
              <thead><tr>{['diversity', 'popularity penalty', 'nDCG@10', 'coverage', 'novelty', 'list diversity'].map((h) => <th key={h} className="pr-4 text-left">{h}</th>)}</tr></thead>
              <tbody>{best.metrics.dial.map((d, i) => <tr key={i}><td className="pr-4">{d.diversity}</td><td className="pr-4">{d.popularityPenalty}</td><td className="pr-4">{f(d.ndcg)}</td><td className="pr-4">{f(d.coverage)}</td><td className="pr-4">{f(d.novelty, 2)}</td><td>{f(d.diversity_ild)}</td></tr>)}</tbody>
            </table>
          </section>
          <section aria-labelledby="slice-h">
            <h2 id="slice-h" className="text-xl font-semibold">By user activity ({best.config})</h2>
            <table className="mt-2 text-sm">
              <thead><tr>{['ratings in train', 'users', 'nDCG@10', 'P@10', 'R@10'].map((h) => <th key={h} className="pr-4 text-left">{h}</th>)}</tr></thead>
              <tbody>{best.metrics.slices.map((s) => <tr key={s.slice}><td className="pr-4">{s.slice}</td><td className="pr-4">{s.users}</td><td className="pr-4">{f(s.ndcg)}</td><td className="pr-4">{f(s.precision)}</td><td>{f(s.recall)}</td></tr>)}</tbody>
            </table>
          </section>
          <section aria-labelledby="fail-h">
            <h2 id="fail-h" className="text-xl font-semibold">Failure cases: active users with no hit in the top 10</h2>
            <ul className="mt-2 space-y-2 text-sm">
              {best.metrics.failures.map((c) => (
                <li key={c.user} className="rounded border p-2">
                  User {c.user}: {c.trainCount} ratings, likes {c.topGenres.join(', ')}. Recommended {c.recommended.join('; ')}; actually watched {c.heldOut.join('; ')}.
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
