// Encoder specifications of the two model families. The MLP sees every column scaled (z-scores,
// missing values imputed with the training median), categories one-hot (rare codes share the unknown
// bucket), and the ordered columns a second time as monotonic WoE bins. The scorecard sees each
// characteristic once, as WoE bins (numbers) or WoE per category.
import type { ColumnSpec } from '@atlas/data-pipeline';
import type { InputColumn, ModelRow } from './model-inputs';

/** Categories seen fewer times than this in training share the unknown bucket. */
export const MIN_CATEGORY_COUNT = 20;

function hasMissing(rows: readonly ModelRow[], column: string): boolean {
  return rows.some((r) => r[column] === null || r[column] === undefined || r[column] === '');
}

export function mlpColumnSpecs(columns: readonly InputColumn[], trainingRows: readonly ModelRow[]): ColumnSpec[] {
  const minCount = Math.min(MIN_CATEGORY_COUNT, Math.max(2, Math.floor(trainingRows.length / 500)));
  const base = columns.map<ColumnSpec>((c) =>
    c.kind === 'numeric'
      ? { column: c.name, impute: { strategy: 'median', indicator: hasMissing(trainingRows, c.name) }, encode: { kind: 'standardize' } }
      : { column: c.name, encode: { kind: 'one-hot', minCount } },
  );
  const woe = columns.filter((c) => c.kind === 'numeric' && c.woe).map<ColumnSpec>((c) => ({ column: c.name, encode: { kind: 'woe-bins' } }));
  return [...base, ...woe];
}

export function scorecardColumnSpecs(columns: readonly InputColumn[]): ColumnSpec[] {
  return columns.map((c) => ({ column: c.name, encode: c.kind === 'numeric' ? { kind: 'woe-bins' } : { kind: 'woe-categories' } }));
}
