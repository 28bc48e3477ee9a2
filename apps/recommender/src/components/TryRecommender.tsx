'use client';
// The Try page: pick a persona or rate a few movies (cold start, folded in without retraining),
// see the top-10 with a reason each, and move the diversity and popularity dials.
import { useCallback, useEffect, useState } from 'react';
import type { TryData } from '../server/page-data';

interface Rec {
  key: string;
  title: string;
  year: number | null;
  genres: string[];
  score: number;
  reason: { text: string };
}
interface Result {
  recommendations: Rec[];
  diversity: number;
  novelty: number;
  latencyMs: number;
}

/** An anonymous key for this browser, so a viewer's ratings can be stored without naming them. */
function viewerKey(): string {
  const stored = window.localStorage.getItem('atlas-recommender-viewer');
  if (stored) return stored;
  const key = crypto.randomUUID().replaceAll('-', '');
  window.localStorage.setItem('atlas-recommender-viewer', key);
  return key;
}

/** Stores a rating for the next training run; the list itself updates from the fold-in, not from this. */
async function saveRating(item: string, rating: number): Promise<string | null> {
  const res = await fetch('/api/ratings', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ viewer: viewerKey(), item, rating }) });
  if (res.ok) return null;
  const body = await res.json().catch(() => ({}));
  return body.message ?? `could not save the rating (${res.status})`;
}

export function TryRecommender({ data }: { data: TryData }) {
  const [mode, setMode] = useState<'persona' | 'new'>('persona');
  const [persona, setPersona] = useState(data.personas[0]?.id ?? '');
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const [diversity, setDiversity] = useState(0);
  const [penalty, setPenalty] = useState(0);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);

  const run = useCallback(async () => {
    const rated = Object.entries(ratings).map(([item, rating]) => ({ item, rating }));
    if (mode === 'new' && rated.length === 0) {
      setResult(null);
      return;
    }
    const body = { ...(mode === 'persona' ? { persona } : { ratings: rated }), knobs: { diversity, popularityPenalty: penalty } };
    const res = await fetch('/api/predict', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = await res.json();
    if (!res.ok) setError(json.message ?? json.error);
    else {
      setError(null);
      setResult(json);
    }
  }, [mode, persona, ratings, diversity, penalty]);

  useEffect(() => {
    void run();
  }, [run]);

  const current = data.personas.find((p) => p.id === persona);
  return (
    <div className="space-y-6">
      <div className="flex gap-2" role="tablist">
        <button role="tab" aria-selected={mode === 'persona'} className={`rounded px-3 py-1 ${mode === 'persona' ? 'bg-slate-900 text-white' : 'border'}`} onClick={() => setMode('persona')}>
          Personas
        </button>
        <button role="tab" aria-selected={mode === 'new'} className={`rounded px-3 py-1 ${mode === 'new' ? 'bg-slate-900 text-white' : 'border'}`} onClick={() => setMode('new')}>
          New user (rate a few movies)
        </button>
      </div>
      {mode === 'persona' ? (
        <section aria-label="personas" className="space-y-2">
          <label className="block text-sm font-medium" htmlFor="persona">Persona (a real viewer from the data)</label>
          <select id="persona" className="rounded border px-2 py-1" value={persona} onChange={(e) => setPersona(e.target.value)}>
            {data.personas.map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </select>
          {current && <p className="text-sm text-slate-600">{current.description} ({current.ratedCount} ratings)</p>}
        </section>
      ) : (
        <section aria-label="onboarding" className="space-y-2">
          <p className="text-sm text-slate-600">Rate any of these; the list updates at once (the new user is folded into the model, no retraining).</p>
          <p className="text-xs text-slate-500" data-testid="ratings-saved">Your ratings are stored under an anonymous key for this browser and join the next training run{saved ? ` (${saved} saved)` : ''}.</p>
          <ul className="grid grid-cols-1 gap-1 md:grid-cols-2">
            {data.onboarding.map((m) => (
              <li key={m.key} className="flex items-center justify-between gap-2 text-sm">
                <span>{m.title}</span>
                <select aria-label={`rating for ${m.title}`} className="rounded border px-1" value={ratings[m.key] ?? ''} onChange={(e) => {
                  const value = e.target.value;
                  setRatings((r) => { const next = { ...r }; if (value) next[m.key] = Number(value); else delete next[m.key]; return next; });
                  if (value) void saveRating(m.key, Number(value)).then((problem) => (problem ? setError(problem) : setSaved((n) => n + 1)));
                }}>
                  <option value="">not seen</option>
                  {[5, 4, 3, 2, 1].map((v) => <option key={v} value={v}>{v}★</option>)}
                </select>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="knobs" className="grid gap-4 md:grid-cols-2">
        <label className="text-sm">
          Diversity dial (MMR over genres): <strong data-testid="diversity-value">{diversity.toFixed(2)}</strong>
          <input aria-label="diversity" type="range" min={0} max={1} step={0.05} value={diversity} onChange={(e) => setDiversity(Number(e.target.value))} className="w-full" />
        </label>
        <label className="text-sm">
          Popularity penalty: <strong>{penalty.toFixed(2)}</strong>
          <input aria-label="popularity penalty" type="range" min={0} max={1} step={0.05} value={penalty} onChange={(e) => setPenalty(Number(e.target.value))} className="w-full" />
        </label>
      </section>
      {error && <p role="alert" className="text-red-700">{error}</p>}
      {result && (
        <section aria-label="recommendations" className="space-y-2">
          <dl className="flex gap-6 text-sm">
            <div><dt>List diversity (genre distance)</dt><dd data-testid="list-diversity">{result.diversity.toFixed(3)}</dd></div>
            <div><dt>Novelty (bits)</dt><dd data-testid="list-novelty">{result.novelty.toFixed(2)}</dd></div>
            <div><dt>Server latency</dt><dd>{result.latencyMs.toFixed(1)} ms</dd></div>
          </dl>
          <p className="text-xs text-slate-500">Scored on the server: the item model is a 1,682 x 1,682 matrix (11 MB), too large to send to every browser for a demo.</p>
          <ol className="space-y-1">
            {result.recommendations.map((r) => (
              <li key={r.key} className="rounded border p-2" data-testid="recommendation">
                <div className="font-medium">{r.title}</div>
                <div className="text-xs text-slate-500">{r.genres.join(', ')}{r.year ? ` · ${r.year}` : ''}</div>
                <div className="text-sm" data-testid="reason">{r.reason.text}</div>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
