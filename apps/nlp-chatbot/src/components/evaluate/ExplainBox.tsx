'use client';
import { useState } from 'react';
import { WordAttributions, type WordWeight } from '../try/WordAttributions';

/** Token attributions for any utterance (POST /api/explain). */
export function ExplainBox({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  const [result, setResult] = useState<{ text: string; intent: string; words: WordWeight[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setError(null);
    const res = await fetch('/api/explain', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    const body = await res.json();
    if (!res.ok) setError(body.message ?? body.error);
    else setResult({ text, intent: body.explained, words: body.words });
  }
  return (
    <div className="grid gap-2">
      <form
        className="flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <input className="min-w-0 flex-1 rounded-lg border border-slate-300 px-3 py-2 dark:border-slate-700 dark:bg-slate-900" value={text} onChange={(e) => setText(e.target.value)} aria-label="Utterance to explain" />
        <button type="submit" className="rounded-lg bg-sky-700 px-4 py-2 font-medium text-white">
          Explain
        </button>
      </form>
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
      {result ? <WordAttributions {...result} /> : null}
    </div>
  );
}
