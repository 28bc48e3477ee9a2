// Bring your own CSV: from a header and string cells to a labelled table. Each column is numeric
// when every non-missing cell parses as a number and it has more than a handful of distinct values;
// otherwise it is categorical (string codes such as "R1", "self-employed", or small integer codes).
// Identifier-like columns (every value distinct and not numeric, or named id) and constant columns
// are left out, and the label column becomes 1 = default.
import { parseNumber } from '@atlas/data-pipeline';
import type { InputSchema, LabeledTable } from './dataset';
import type { InputColumn, ModelRow } from './model-inputs';

export const MISSING_TOKENS = new Set(['', 'na', 'n/a', 'nan', 'null', 'none', '?', '-']);
const POSITIVE_WORDS = ['1', 'yes', 'y', 'true', 'bad', 'default', 'defaulted', 'charged off', 'charged-off'];
/** Numeric columns with at most this many distinct values are treated as codes. */
export const MAX_CODES = 10;

export function isMissingCell(cell: string): boolean {
  return MISSING_TOKENS.has(cell.trim().toLowerCase());
}

export interface ColumnProfile {
  name: string;
  kind: 'numeric' | 'categorical' | 'dropped';
  reason: string;
  distinct: number;
  missing: number;
}

export function profileColumn(name: string, cells: readonly string[]): ColumnProfile {
  const present = cells.map((c) => c.trim()).filter((c) => !isMissingCell(c));
  const distinct = new Set(present).size;
  const missing = cells.length - present.length;
  const numeric = present.length > 0 && present.every((c) => Number.isFinite(parseNumber(c)));
  if (distinct <= 1) return { name, kind: 'dropped', reason: 'a single value', distinct, missing };
  if (/^(id|.*_id|row|index)$/i.test(name) && distinct === present.length) return { name, kind: 'dropped', reason: 'an identifier', distinct, missing };
  if (!numeric && distinct === present.length && present.length > 50) return { name, kind: 'dropped', reason: 'a distinct text per row', distinct, missing };
  if (numeric && distinct > MAX_CODES) return { name, kind: 'numeric', reason: `numbers, ${distinct} distinct values`, distinct, missing };
  return { name, kind: 'categorical', reason: numeric ? `${distinct} numeric codes` : `${distinct} text codes`, distinct, missing };
}

/** Which label value means default. */
export function positiveLabelOf(values: readonly string[], requested?: string): string {
  const distinct = [...new Set(values.map((v) => v.trim()))];
  if (distinct.length !== 2) throw new Error(`The label column must have exactly two values; found ${distinct.length}: ${distinct.slice(0, 5).join(', ')}`);
  if (requested !== undefined) {
    if (!distinct.includes(requested)) throw new Error(`--positive ${requested} is not a value of the label column (${distinct.join(', ')})`);
    return requested;
  }
  const known = distinct.find((v) => POSITIVE_WORDS.includes(v.toLowerCase()));
  if (known) return known;
  // Otherwise the rarer value: defaults are the minority in credit data.
  const count = (v: string) => values.filter((x) => x.trim() === v).length;
  return count(distinct[0]) <= count(distinct[1]) ? distinct[0] : distinct[1];
}

export interface CustomTable {
  table: LabeledTable;
  schema: Extract<InputSchema, { kind: 'custom' }>;
  profiles: ColumnProfile[];
  skippedRows: number;
}

const PROTECTED_NAMES = /^(sex|gender|age|marriage|marital[_ ]?status|race|ethnicity|religion)$/i;

export function customTable(header: readonly string[], records: readonly string[][], options: { label: string; positive?: string }): CustomTable {
  const names = header.map((h) => h.trim());
  const labelIndex = names.indexOf(options.label);
  if (labelIndex === -1) throw new Error(`--label ${options.label} is not a column; the columns are: ${names.join(', ')}`);
  const complete = records.filter((r) => r.length === names.length && !isMissingCell(r[labelIndex]));
  const labels = complete.map((r) => r[labelIndex].trim());
  const positive = positiveLabelOf(labels, options.positive);
  const profiles = names.map((n, i) => (i === labelIndex ? null : profileColumn(n, complete.map((r) => r[i])))).filter((p): p is ColumnProfile => p !== null);
  const columns: InputColumn[] = profiles
    .filter((p) => p.kind !== 'dropped')
    .map((p) => ({ name: p.name, kind: p.kind as 'numeric' | 'categorical', group: p.name, woe: p.kind === 'numeric', protected: PROTECTED_NAMES.test(p.name) }));
  const indexOf = new Map(names.map((n, i) => [n, i]));
  const rows = complete.map((r) => {
    const row: ModelRow = {};
    for (const c of columns) {
      const cell = r[indexOf.get(c.name) as number].trim();
      row[c.name] = isMissingCell(cell) ? null : c.kind === 'numeric' ? parseNumber(cell) : cell;
    }
    return row;
  });
  return {
    table: { ids: complete.map((_, i) => String(i + 1)), rows, labels: labels.map((v) => (v === positive ? 1 : 0)) },
    schema: { kind: 'custom', label: options.label, positiveLabel: positive, columns },
    profiles,
    skippedRows: records.length - complete.length,
  };
}
