// Bring your own CSV: from a header and string cells to a labelled table. Each column is numeric
// when every non-missing cell parses as a number and it has more than a handful of distinct values;
// otherwise it is categorical (string codes such as "R1", "self-employed", or small integer codes).
// Identifier-like columns (every value distinct and not numeric, or named id) and constant columns
// are left out, and the label column becomes 1 = default.
import { isMissingCell, parseNumber, positiveLabelOf as positiveLabelOfColumn, profileColumn, type ColumnProfile } from '@atlas/data-pipeline';

export { profileColumn };
import type { InputSchema, LabeledTable } from './dataset';
import type { InputColumn, ModelRow } from './model-inputs';

const POSITIVE_WORDS = ['1', 'yes', 'y', 'true', 'bad', 'default', 'defaulted', 'charged off', 'charged-off'];

/** Which label value means default: the requested one, a known word, else the rarer value. */
export function positiveLabelOf(values: readonly string[], requested?: string): string {
  return positiveLabelOfColumn(values, { requested, positiveWords: POSITIVE_WORDS });
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
