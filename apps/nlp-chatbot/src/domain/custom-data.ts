// Bring your own intents: `text,intent` pairs (CSV rows or JSON) into IntentData with a seeded
// stratified 80/10/10 split. An intent named "oos" (or --oos NAME) is treated as out of scope.
// Pure TypeScript; the file reading is in src/server/training/custom-file.ts.
import { stratifiedSplit } from '@atlas/data-pipeline';
import type { IntentData, IntentExample } from './intent-data';

export const TEXT_COLUMNS = ['text', 'utterance', 'query', 'message'];
export const INTENT_COLUMNS = ['intent', 'label', 'category'];
export const MIN_PER_INTENT = 5;

export interface CustomRow {
  text: string;
  intent: string;
}

/** JSON as an array of {text|utterance, intent|label} objects or of [text, intent] pairs. */
export function rowsFromJson(value: unknown): CustomRow[] {
  if (!Array.isArray(value)) throw new RangeError('the JSON must be an array of {"text": ..., "intent": ...} objects or [text, intent] pairs');
  return value.map((item, i) => {
    if (Array.isArray(item) && item.length >= 2) return { text: String(item[0]), intent: String(item[1]) };
    if (item && typeof item === 'object') {
      const o = item as Record<string, unknown>;
      const text = TEXT_COLUMNS.map((k) => o[k]).find((v) => typeof v === 'string');
      const intent = INTENT_COLUMNS.map((k) => o[k]).find((v) => typeof v === 'string');
      if (typeof text === 'string' && typeof intent === 'string') return { text, intent };
    }
    throw new RangeError(`item ${i} has no text and intent`);
  });
}

/** Which columns of a CSV header hold the text and the intent. */
export function csvColumns(header: readonly string[]): { text: number; intent: number } {
  const lower = header.map((h) => h.trim().toLowerCase());
  const text = lower.findIndex((h) => TEXT_COLUMNS.includes(h));
  const intent = lower.findIndex((h) => INTENT_COLUMNS.includes(h));
  if (text < 0 || intent < 0) throw new RangeError(`the CSV header must name a text column (${TEXT_COLUMNS.join('/')}) and an intent column (${INTENT_COLUMNS.join('/')}); got: ${header.join(',')}`);
  return { text, intent };
}

export function customIntentData(rows: readonly CustomRow[], options: { seed: string; name: string; oosLabel?: string }): IntentData {
  const oosLabel = options.oosLabel ?? 'oos';
  const seen = new Set<string>();
  const clean = rows
    .map((r) => ({ text: r.text.trim(), intent: r.intent.trim() }))
    .filter((r) => r.text && r.intent && !seen.has(r.text.toLowerCase()) && (seen.add(r.text.toLowerCase()), true));
  const counts = new Map<string, number>();
  for (const r of clean) counts.set(r.intent, (counts.get(r.intent) ?? 0) + 1);
  const thin = [...counts].filter(([, n]) => n < MIN_PER_INTENT);
  if (thin.length) throw new RangeError(`every intent needs at least ${MIN_PER_INTENT} distinct examples; too few for: ${thin.map(([i, n]) => `${i} (${n})`).join(', ')}`);
  if (counts.size < 2) throw new RangeError('the data needs at least two intents');
  const split = stratifiedSplit(clean.map((r, i) => ({ id: String(i), stratum: r.intent })), { seed: options.seed, fractions: { train: 0.8, val: 0.1, test: 0.1 } });
  const partOf = new Map<string, IntentExample['split']>();
  for (const p of ['train', 'val', 'test'] as const) for (const id of split.parts[p]) partOf.set(id, p);
  const labels = [...counts.keys()].sort();
  return {
    examples: clean.map((r, i) => ({ ...r, split: partOf.get(String(i)) ?? 'train' })),
    labels,
    oosLabel: counts.has(oosLabel) ? oosLabel : null,
    domainOf: Object.fromEntries(labels.filter((l) => l !== oosLabel).map((l) => [l, 'custom'])),
    dataset: { id: `custom-intents-${options.name}`, name: `Your intents (${options.name})`, source: 'custom', citation: 'provided with --data', license: 'yours' },
  };
}
