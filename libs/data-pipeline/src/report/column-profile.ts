// Profiling the columns of a user's CSV (bring your own data): which cells mean "missing", whether a
// column is numeric, a small set of codes, or something to leave out (an identifier, a constant),
// and which of the two label values is the positive class. Browser-safe; the apps decide what to do
// with each kind.
import { parseNumber } from '../parse/number';

/** Cells that mean "not recorded" in most exports (compared trimmed and lower-cased). */
export const DEFAULT_MISSING_MARKERS: readonly string[] = ['', 'na', 'n/a', 'nan', 'null', 'none', '?', '-'];

/** The marker set: the defaults plus the user's own (e.g. `--missing '?'` or `--missing 'NR,-99'`). */
export function missingMarkers(extra: readonly string[] = []): ReadonlySet<string> {
  return new Set([...DEFAULT_MISSING_MARKERS, ...extra.map((m) => m.trim().toLowerCase())]);
}

const DEFAULT_SET = missingMarkers();

export function isMissingCell(cell: string, markers: ReadonlySet<string> = DEFAULT_SET): boolean {
  return markers.has(cell.trim().toLowerCase());
}

export interface ColumnProfile {
  name: string;
  kind: 'numeric' | 'categorical' | 'dropped';
  reason: string;
  distinct: number;
  missing: number;
}

export interface ProfileOptions {
  markers?: ReadonlySet<string>;
  /** Numeric columns with at most this many distinct values are codes (categorical). Default 10. */
  maxCodes?: number;
}

/** What a column is, from its cells. */
export function profileColumn(name: string, cells: readonly string[], options: ProfileOptions = {}): ColumnProfile {
  const markers = options.markers ?? DEFAULT_SET;
  const maxCodes = options.maxCodes ?? 10;
  const present = cells.map((c) => c.trim()).filter((c) => !isMissingCell(c, markers));
  const distinct = new Set(present).size;
  const missing = cells.length - present.length;
  const numeric = present.length > 0 && present.every((c) => Number.isFinite(parseNumber(c)));
  if (distinct <= 1) return { name, kind: 'dropped', reason: 'a single value', distinct, missing };
  if (/^(id|.*_id|row|index)$/i.test(name) && distinct === present.length) return { name, kind: 'dropped', reason: 'an identifier', distinct, missing };
  if (!numeric && distinct === present.length && present.length > 50) return { name, kind: 'dropped', reason: 'a distinct text per row', distinct, missing };
  if (numeric && distinct > maxCodes) return { name, kind: 'numeric', reason: `numbers, ${distinct} distinct values`, distinct, missing };
  return { name, kind: 'categorical', reason: numeric ? `${distinct} numeric codes` : `${distinct} text codes`, distinct, missing };
}

/**
 * Which label value is the positive class: the requested one, else the first value found among
 * `positiveWords` (compared lower-cased), else the rarer value.
 */
export function positiveLabelOf(values: readonly string[], options: { requested?: string; positiveWords?: readonly string[] } = {}): string {
  const distinct = [...new Set(values.map((v) => v.trim()))];
  if (distinct.length !== 2) throw new Error(`The label column must have exactly two values; found ${distinct.length}: ${distinct.slice(0, 5).join(', ')}`);
  if (options.requested !== undefined) {
    if (!distinct.includes(options.requested)) throw new Error(`--positive ${options.requested} is not a value of the label column (${distinct.join(', ')})`);
    return options.requested;
  }
  const words = (options.positiveWords ?? ['1', 'yes', 'y', 'true']).map((w) => w.toLowerCase());
  const known = distinct.find((v) => words.includes(v.toLowerCase()));
  if (known) return known;
  const count = (v: string) => values.filter((x) => x.trim() === v).length;
  return count(distinct[0]) <= count(distinct[1]) ? distinct[0] : distinct[1];
}
