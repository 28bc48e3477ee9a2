// A fitted feature encoder for tabular rows: per column an optional imputer and one encoding. It is
// fitted on the training rows only, saved as JSON beside the model weights, and the serving path
// loads the same JSON and runs the same code, in Node or in the browser.
import { applyImpute, fitImpute, type ImputeState, type ImputeStrategy } from './impute';
import { applyMinMax, fitMinMax, type MinMaxState } from './min-max';
import { applyOneHot, fitOneHot, oneHotNames, type OneHotState } from './one-hot';
import { applyQuantileBins, fitQuantileBins, quantileBinCount, type QuantileBinsState } from './quantile-bins';
import { applyStandardize, fitStandardize, type StandardizeState } from './standardize';
import { toNumber, type RawValue } from './values';
import {
  applyWoeBins,
  applyWoeCategories,
  fitWoeBins,
  fitWoeCategories,
  type WoeBinsState,
  type WoeCategoriesState,
  type WoeOptions,
} from './woe-bins';

export type ColumnEncoding =
  | { kind: 'passthrough' }
  | { kind: 'standardize' }
  | { kind: 'min-max'; clip?: boolean }
  | { kind: 'one-hot'; minCount?: number }
  | { kind: 'quantile-bins'; bins?: number; output?: 'index' | 'one-hot' }
  | ({ kind: 'woe-bins' } & WoeOptions)
  | { kind: 'woe-categories' };

export interface ColumnSpec {
  column: string;
  impute?: { strategy?: ImputeStrategy; constant?: number | string; indicator?: boolean };
  encode: ColumnEncoding;
}

export type FittedEncoding =
  | { kind: 'passthrough' }
  | StandardizeState
  | MinMaxState
  | OneHotState
  | QuantileBinsState
  | WoeBinsState
  | WoeCategoriesState;

export interface FittedColumn {
  column: string;
  impute?: ImputeState;
  encode: FittedEncoding;
}

export interface EncoderProvenance {
  datasetId?: string;
  /** True when fitted on the generated sample, not the real dataset. */
  sample?: boolean;
  splitFingerprint?: string;
  fittedOnRows?: number;
}

export interface TabularEncoderState {
  kind: 'tabular';
  version: 1;
  columns: FittedColumn[];
  featureNames: string[];
  provenance: EncoderProvenance;
}

export type Row = Readonly<Record<string, RawValue>>;

function fitEncoding(spec: ColumnEncoding, values: RawValue[], labels: readonly number[] | undefined, column: string): FittedEncoding {
  switch (spec.kind) {
    case 'passthrough':
      return { kind: 'passthrough' };
    case 'standardize':
      return fitStandardize(values);
    case 'min-max':
      return fitMinMax(values, spec);
    case 'one-hot':
      return fitOneHot(values, spec);
    case 'quantile-bins':
      return fitQuantileBins(values, spec);
    case 'woe-bins':
    case 'woe-categories': {
      if (!labels) throw new Error(`Column ${column}: WoE encodings need the training labels (0 = good, 1 = bad).`);
      return spec.kind === 'woe-bins' ? fitWoeBins(values, labels, spec) : fitWoeCategories(values, labels);
    }
  }
}

function encodingNames(encode: FittedEncoding, column: string): string[] {
  switch (encode.kind) {
    case 'one-hot':
      return oneHotNames(encode, column);
    case 'quantile-bins':
      return encode.output === 'index'
        ? [`${column}#bin`]
        : Array.from({ length: quantileBinCount(encode) }, (_, i) => (i === quantileBinCount(encode) - 1 ? `${column}#bin=missing` : `${column}#bin=${i}`));
    case 'woe-bins':
    case 'woe-categories':
      return [`${column}#woe`];
    default:
      return [column];
  }
}

/** Fits every column on the training rows (and labels, for WoE). */
export function fitTabularEncoder(
  rows: readonly Row[],
  specs: readonly ColumnSpec[],
  options: { labels?: readonly number[]; provenance?: EncoderProvenance } = {},
): TabularEncoderState {
  const columns: FittedColumn[] = [];
  const featureNames: string[] = [];
  for (const spec of specs) {
    const raw = rows.map((r) => r[spec.column]);
    const impute = spec.impute ? fitImpute(raw, spec.impute) : undefined;
    // WoE bins keep missing values in a bin of their own, so they see the raw values.
    const values = impute && spec.encode.kind !== 'woe-bins' ? raw.map((v) => applyImpute(impute, v).value) : raw;
    const encode = fitEncoding(spec.encode, values, options.labels, spec.column);
    columns.push({ column: spec.column, impute, encode });
    featureNames.push(...encodingNames(encode, spec.column));
    if (impute?.indicator) featureNames.push(`${spec.column}#missing`);
  }
  return {
    kind: 'tabular',
    version: 1,
    columns,
    featureNames,
    provenance: { fittedOnRows: rows.length, ...options.provenance },
  };
}

function applyEncoding(encode: FittedEncoding, value: RawValue): number[] {
  switch (encode.kind) {
    case 'passthrough': {
      const x = toNumber(value);
      return [x === null ? 0 : x];
    }
    case 'standardize':
      return [applyStandardize(encode, value)];
    case 'min-max':
      return [applyMinMax(encode, value)];
    case 'one-hot':
      return applyOneHot(encode, value);
    case 'quantile-bins':
      return applyQuantileBins(encode, value);
    case 'woe-bins':
      return [applyWoeBins(encode, value)];
    case 'woe-categories':
      return [applyWoeCategories(encode, value)];
  }
}

export function encodeRow(state: TabularEncoderState, row: Row): number[] {
  const out: number[] = [];
  for (const col of state.columns) {
    let value = row[col.column];
    let missing = false;
    if (col.impute && col.encode.kind !== 'woe-bins') ({ value, missing } = applyImpute(col.impute, value));
    else if (col.impute) missing = applyImpute(col.impute, value).missing;
    out.push(...applyEncoding(col.encode, value));
    if (col.impute?.indicator) out.push(missing ? 1 : 0);
  }
  return out;
}

export function encodeRows(state: TabularEncoderState, rows: readonly Row[]): number[][] {
  return rows.map((r) => encodeRow(state, r));
}
