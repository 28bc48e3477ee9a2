// What every dataset builder returns: typed examples, splits that record their ids, and the quality report.
import type { CatalogEntry, DatasetId } from '../catalog/types';
import type { QualityReport } from '../report/schema';
import type { SplitSet } from '../split/types';

export interface DatasetBuild<E> {
  id: DatasetId;
  entry: CatalogEntry;
  /** 'sample' when built from the project's generated sample, 'custom' from files the user supplied. */
  source: 'real' | 'sample' | 'custom';
  isSample: boolean;
  /** Cleaned, deduplicated examples, in source order. */
  examples: E[];
  byId: ReadonlyMap<string, E>;
  /** The primary split (e.g. stratified train/val/test, or the upstream split). */
  split: SplitSet;
  report: QualityReport;
}

/** A row of a tabular dataset. `label` is 1 for the positive (event) class. */
export interface TabularExample<F extends string> {
  id: string;
  features: Record<F, number | null>;
  label: 0 | 1;
}

/** The examples of one part of a split (train, val, test). */
export function partOf<E>(build: Pick<DatasetBuild<E>, 'split' | 'byId'>, part: string, split = build.split): E[] {
  const ids = split.parts[part];
  if (!ids) throw new Error(`Split "${split.name}" has no part "${part}"; parts: ${Object.keys(split.parts).join(', ')}.`);
  return ids.map((id) => {
    const e = build.byId.get(id);
    if (e === undefined) throw new Error(`Split "${split.name}" refers to unknown id "${id}".`);
    return e;
  });
}
