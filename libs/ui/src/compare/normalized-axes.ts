// The five domains on common axes, each scaled to [0, 1] across the domains shown with 1 = best:
// quality relative to its anchor, speed, compactness and training cost. Speed, size and cost span
// orders of magnitude, so they are compared on a log scale.
import type { CompareRow } from './compare-rows';

export const NORMALIZED_AXES = [
  { key: 'quality', label: 'Quality vs anchor' },
  { key: 'speed', label: 'Server speed' },
  { key: 'compactness', label: 'Compactness' },
  { key: 'trainingCost', label: 'Cheap to train' },
] as const;

export type AxisKey = (typeof NORMALIZED_AXES)[number]['key'];

function raw(row: CompareRow, key: AxisKey): number | null {
  const logInverse = (v: number | null) => (v !== null && v > 0 ? -Math.log10(v) : null);
  switch (key) {
    case 'quality':
      return row.gainVsAnchor;
    case 'speed':
      return logInverse(row.serverP50Ms);
    case 'compactness':
      return logInverse(row.bytes);
    case 'trainingCost':
      return logInverse(row.trainingSeconds);
  }
}

/** For each axis, { axis, [domainName]: score in [0, 1] or null }. With one value on an axis it scores 1. */
export function normalizedAxes(rows: CompareRow[]): Record<string, number | string | null>[] {
  return NORMALIZED_AXES.map(({ key, label }) => {
    const values = rows.map((r) => raw(r, key));
    const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
    const min = Math.min(...present);
    const max = Math.max(...present);
    const entry: Record<string, number | string | null> = { axis: label };
    rows.forEach((r, i) => {
      const v = values[i];
      entry[r.name] = v === null || !Number.isFinite(v) ? null : max === min ? 1 : (v - min) / (max - min);
    });
    return entry;
  });
}
