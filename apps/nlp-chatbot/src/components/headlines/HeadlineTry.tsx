'use client';
import { useState } from 'react';
import type { CategoryProbability } from '../../domain/headlines';
import { percent } from '../format';

/** Type a Chinese sentence; see the probability of each of the 15 categories. */
export function HeadlineTry({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  const [rows, setRows] = useState<CategoryProbability[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setError(null);
    const res = await fetch('/api/headlines/predict', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    const body = await res.json();
    if (!res.ok) setError(body.message ?? body.error);
    else setRows(body.categories);
  }
  return (
    <div className="grid gap-3">
      <form
        className="flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <input lang="zh" className="min-w-0 flex-1 rounded-lg border border-slate-300 px-3 py-2 dark:border-slate-700 dark:bg-slate-900" value={text} onChange={(e) => setText(e.target.value)} aria-label="Chinese sentence" />
        <button type="submit" className="rounded-lg bg-sky-700 px-4 py-2 font-medium text-white">
          Classify
        </button>
      </form>
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
      {rows ? (
        <table className="w-full max-w-xl text-sm" data-testid="headline-probabilities">
          <thead>
            <tr className="text-left">
              <th className="py-1">Category</th>
              <th>English</th>
              <th>Probability</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-1" lang="zh">
                  {r.zh}
                </td>
                <td>{r.en}</td>
                <td>
                  <span className="inline-block h-2 rounded bg-sky-600 align-middle" style={{ width: `${Math.round(r.probability * 120)}px` }} /> {percent(r.probability)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
