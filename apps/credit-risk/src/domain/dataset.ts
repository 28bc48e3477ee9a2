// The labelled table a configuration trains on, for the Taiwan data and for a user's own CSV alike:
// ids, rows as the encoders read them, labels (1 = default), and the columns that describe the rows.
// Seeded stratified cuts (holdout split, cross-validation folds) record the ids of every part.
import { stratifiedSplit } from '@atlas/data-pipeline';
import type { CreditApplication } from './features';
import { creditRow, type InputColumn, type ModelRow } from './model-inputs';

export interface LabeledTable {
  ids: string[];
  rows: ModelRow[];
  labels: (0 | 1)[];
}

/** Where the rows come from: the Taiwan layout (form fields, engineered features) or a user's CSV. */
export type InputSchema =
  | { kind: 'taiwan-credit' }
  | { kind: 'custom'; label: string; positiveLabel: string; columns: InputColumn[] };

export interface CreditExampleLike {
  id: string;
  features: Record<string, number | null>;
  label: 0 | 1;
}

export function tableFromExamples(examples: readonly CreditExampleLike[]): LabeledTable {
  return {
    ids: examples.map((e) => e.id),
    rows: examples.map((e) => creditRow(e.features as CreditApplication)),
    labels: examples.map((e) => e.label),
  };
}

export function subset(table: LabeledTable, ids: readonly string[]): LabeledTable {
  const index = new Map(table.ids.map((id, i) => [id, i]));
  const at = ids.map((id) => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`Unknown id ${id}`);
    return i;
  });
  return { ids: at.map((i) => table.ids[i]), rows: at.map((i) => table.rows[i]), labels: at.map((i) => table.labels[i]) };
}

export function concatTables(tables: readonly LabeledTable[]): LabeledTable {
  return { ids: tables.flatMap((t) => t.ids), rows: tables.flatMap((t) => t.rows), labels: tables.flatMap((t) => t.labels) };
}

/** Seeded stratified parts (by label) of a table's ids, e.g. { train: 0.8, test: 0.2 } or k equal folds. */
export function stratifiedParts(table: LabeledTable, fractions: Record<string, number>, seed: string): Record<string, string[]> {
  const split = stratifiedSplit(
    table.ids.map((id, i) => ({ id, stratum: String(table.labels[i]) })),
    { seed, fractions },
  );
  return split.parts;
}

export function foldFractions(k: number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: k }, (_, i) => [`fold${i + 1}`, 1]));
}

/** k stratified folds: each id lands in exactly one. */
export function stratifiedFolds(table: LabeledTable, k: number, seed: string): string[][] {
  const parts = stratifiedParts(table, foldFractions(k), seed);
  return Array.from({ length: k }, (_, i) => parts[`fold${i + 1}`]);
}

export function positiveRate(table: LabeledTable): number {
  return table.labels.reduce<number>((s, y) => s + y, 0) / Math.max(1, table.labels.length);
}
