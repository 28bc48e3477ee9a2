// Preprocessing fitted on the training rows only (a CV training fold, or all rows for the served
// model): median imputation of missing values (never per outcome class), log1p of skewed columns,
// standardisation, and "was missing" indicators. Plain JSON, so the server and the browser run the
// same code on the same numbers.
import type { SpecId, TaskSpec } from './tasks';

export type RawFeatures = Record<string, number | null | undefined>;

export interface ColumnStats {
  name: string;
  /** Median of the observed training values (raw units): the imputed value. */
  median: number;
  /** Mean and standard deviation after imputation and log1p. */
  mean: number;
  std: number;
  log: boolean;
  indicator: boolean;
  /** 5th and 95th percentile of the observed training values (the form's "typical range"). */
  p05: number;
  p95: number;
  missingInTraining: number;
}

export interface Preprocess {
  task: SpecId;
  columns: ColumnStats[];
  /** Names of the model inputs, in order. */
  inputNames: string[];
  trainingRows: number;
}

function quantile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Median of the non-missing values. */
export function median(values: readonly (number | null | undefined)[]): number {
  const observed = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  return quantile(observed, 0.5);
}

const isMissing = (v: number | null | undefined): v is null | undefined => v === null || v === undefined || !Number.isFinite(v);

/** Marks the task's impossible zeros as missing (the dataset builder does this for the catalog file; a user CSV may not). */
export function markMissing(task: TaskSpec, features: RawFeatures): RawFeatures {
  const out: RawFeatures = { ...features };
  for (const name of task.zeroMeansMissing) if (out[name] === 0) out[name] = null;
  return out;
}

/** Fits the preprocessing on training rows only. No label is read: imputation cannot depend on the outcome. */
export function fitPreprocess(task: TaskSpec, rows: readonly RawFeatures[]): Preprocess {
  const columns = task.features.map((spec): ColumnStats => {
    const values = rows.map((r) => r[spec.name]);
    const observed = values.filter((v): v is number => !isMissing(v)).sort((a, b) => a - b);
    const med = quantile(observed, 0.5);
    const transformed = values.map((v) => {
      const x = isMissing(v) ? med : v;
      return spec.log ? Math.log1p(Math.max(0, x)) : x;
    });
    const mean = transformed.reduce((a, b) => a + b, 0) / Math.max(1, transformed.length);
    const variance = transformed.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, transformed.length);
    return {
      name: spec.name,
      median: med,
      mean,
      std: Math.sqrt(variance) || 1,
      log: spec.log,
      indicator: spec.missingIndicator,
      p05: quantile(observed, 0.05),
      p95: quantile(observed, 0.95),
      missingInTraining: values.length - observed.length,
    };
  });
  const inputNames = [...columns.map((c) => c.name), ...columns.filter((c) => c.indicator).map((c) => `${c.name}_missing`)];
  return { task: task.id, columns, inputNames, trainingRows: rows.length };
}

/** One model input row, and which features were imputed. */
export function transformRow(pre: Preprocess, row: RawFeatures): { x: number[]; imputed: string[] } {
  const imputed: string[] = [];
  const values = pre.columns.map((c) => {
    const raw = row[c.name];
    let v: number;
    if (isMissing(raw)) {
      imputed.push(c.name);
      v = c.median;
    } else v = raw;
    const t = c.log ? Math.log1p(Math.max(0, v)) : v;
    return (t - c.mean) / c.std;
  });
  const indicators = pre.columns.filter((c) => c.indicator).map((c) => (imputed.includes(c.name) ? 1 : 0));
  return { x: [...values, ...indicators], imputed };
}

export function transformRows(pre: Preprocess, rows: readonly RawFeatures[]): number[][] {
  return rows.map((r) => transformRow(pre, r).x);
}

/** The "typical patient" input: every feature at its training median, nothing missing. */
export function baselineRow(pre: Preprocess): number[] {
  const medians: RawFeatures = Object.fromEntries(pre.columns.map((c) => [c.name, c.median]));
  return transformRow(pre, medians).x;
}
