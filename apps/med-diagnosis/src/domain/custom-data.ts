// Bring your own CSV: a header and string cells -> a task spec and labelled patients that the same
// preprocessing, cross-validation, calibration and federated training run on. Columns are profiled
// by the shared data-pipeline code; numeric columns and numeric codes become inputs, text columns,
// identifiers and constants are left out (each with its reason). The simulated hospitals are the
// quintiles of one column (`--hospital`, default age when there is one).
import { missingMarkers, parseNumber, positiveLabelOf, profileColumn, isMissingCell, type ColumnProfile } from '@atlas/data-pipeline';
import type { FeatureSpec, TaskSpec } from './tasks';
import type { Patient } from './train-run';

/** Label values read as the positive class when `--positive` is not given. */
const POSITIVE_WORDS = ['1', 'yes', 'y', 'true', 'positive', 'pos', 'case', 'm', 'malignant', 'diabetic', 'disease'];
/** A column missing in at least this share of rows also gets a "was missing" input (as Pima's insulin). */
const INDICATOR_SHARE = 0.1;

export interface CustomOptions {
  label: string;
  /** Extra missing-value markers, e.g. ['?'] or ['-99', 'NR'] (empty cells and NA, null... always count). */
  missing?: readonly string[];
  positive?: string;
  hospital?: string;
}

export interface CustomTask {
  spec: TaskSpec;
  patients: Patient[];
  profiles: ColumnProfile[];
  positiveLabel: string;
  skippedRows: number;
}

/** `--missing '?'` or `--missing '?,-99'` -> the marker list. */
export function parseMissingArg(value: string | boolean | undefined): string[] {
  if (typeof value !== 'string') return [];
  return value.split(',').map((m) => m.trim()).filter((m) => m.length > 0);
}

function quantile(sorted: readonly number[], p: number): number {
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  return sorted[lo] + (sorted[Math.ceil(pos)] - sorted[lo]) * (pos - lo);
}

/** Lower edges of five bands of equal size (fewer when values repeat). */
export function quintileEdges(values: readonly (number | null | undefined)[]): number[] {
  const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [0];
  const edges = [sorted[0], ...[0.2, 0.4, 0.6, 0.8].map((p) => quantile(sorted, p))];
  return edges.filter((e, i) => i === 0 || e > edges[i - 1]);
}

export function customTask(header: readonly string[], records: readonly string[][], options: CustomOptions): CustomTask {
  const names = header.map((h) => h.trim());
  const markers = missingMarkers(options.missing ?? []);
  const labelIndex = names.indexOf(options.label);
  if (labelIndex === -1) throw new Error(`--label ${options.label} is not a column; the columns are: ${names.join(', ')}`);
  const complete = records.filter((r) => r.length === names.length && !isMissingCell(r[labelIndex], markers));
  const labels = complete.map((r) => r[labelIndex].trim());
  const positive = positiveLabelOf(labels, { requested: options.positive, positiveWords: POSITIVE_WORDS });
  const profiles = names.flatMap((name, i) => (i === labelIndex ? [] : [profileColumn(name, complete.map((r) => r[i]), { markers })]));
  const used = profiles.filter((p) => p.kind === 'numeric' || (p.kind === 'categorical' && p.reason.endsWith('numeric codes')));
  if (used.length === 0) throw new Error('no numeric column to learn from: med-diagnosis uses numeric measurements (map text codes to numbers first)');
  const indexOf = new Map(names.map((n, i) => [n, i]));
  const patients: Patient[] = complete.map((r, row) => ({
    id: String(row + 1),
    label: labels[row] === positive ? 1 : 0,
    features: Object.fromEntries(
      used.map((p) => {
        const cell = r[indexOf.get(p.name) as number];
        return [p.name, isMissingCell(cell, markers) ? null : parseNumber(cell)];
      }),
    ),
  }));
  const hospitalFeature = options.hospital ?? (used.find((p) => /^age$/i.test(p.name)) ?? used[0]).name;
  if (!used.some((p) => p.name === hospitalFeature)) throw new Error(`--hospital ${hospitalFeature} is not a numeric input column (${used.map((p) => p.name).join(', ')})`);
  const edges = quintileEdges(patients.map((p) => p.features[hospitalFeature]));
  const features: FeatureSpec[] = used.map((p) => ({
    name: p.name,
    label: p.name,
    unit: '',
    normal: null,
    onForm: true,
    log: false,
    missingIndicator: p.missing >= INDICATOR_SHARE * complete.length,
  }));
  const spec: TaskSpec = {
    id: 'custom',
    datasetId: 'custom',
    name: `Your data: ${options.label}`,
    outcome: `${options.label} = ${positive}`,
    positiveLabel: positive,
    negativeLabel: [...new Set(labels)].find((v) => v !== positive) ?? 'other',
    features,
    zeroMeansMissing: [],
    hospitals: {
      feature: hospitalFeature,
      edges,
      names: edges.map((e, i) => `Hospital ${String.fromCharCode(65 + i)} (${hospitalFeature} ${i + 1 < edges.length ? `${Number(e.toPrecision(3))}-${Number(edges[i + 1].toPrecision(3))}` : `${Number(e.toPrecision(3))}+`})`),
      why: `each simulated hospital takes one quintile of ${hospitalFeature}`,
    },
    aucBar: 0,
    anchor: { name: 'none (your data)', value: 0.5, source: 'chance level' },
  };
  return { spec, patients, profiles, positiveLabel: positive, skippedRows: records.length - complete.length };
}
