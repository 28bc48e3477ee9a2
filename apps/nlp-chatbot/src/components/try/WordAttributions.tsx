'use client';
import { words as humanize } from '../format';

export interface WordWeight {
  word: string;
  position: number;
  attribution: number;
}

/** Words shaded by how much they pushed the model toward the intent (blue) or away from it (red). */
export function WordAttributions({ text, intent, words }: { text: string; intent: string; words: WordWeight[] }) {
  const max = Math.max(1e-9, ...words.map((w) => Math.abs(w.attribution)));
  return (
    <figure className="grid gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800" data-testid="word-attributions">
      <figcaption className="text-sm">
        Why <strong>{humanize(intent)}</strong> for “{text}”: integrated gradients of the intent&apos;s probability, shared out from n-grams to words.
      </figcaption>
      <p className="flex flex-wrap gap-1">
        {words.map((w) => {
          const a = w.attribution / max;
          const color = a >= 0 ? `rgba(2, 132, 199, ${Math.abs(a) * 0.8})` : `rgba(220, 38, 38, ${Math.abs(a) * 0.8})`;
          return (
            <span key={w.position} className="rounded px-1" style={{ backgroundColor: color }} title={`${w.attribution >= 0 ? '+' : ''}${w.attribution.toFixed(4)}`}>
              {w.word}
            </span>
          );
        })}
      </p>
    </figure>
  );
}
