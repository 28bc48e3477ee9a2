// Breast Cancer Wisconsin (Diagnostic): 30 nuclear features, M = 1 (positive). Node only.
import { z } from 'zod';
import { CATALOG } from '../catalog';
import { parseNumber } from '../parse/number';
import { readDelimited, type DelimitedInput } from '../parse/delimited';
import { ReportBuilder } from '../report/builder';
import { generateWdbcCsv } from '../samples/wdbc-sample';
import { RowValidator } from '../validate/validate';
import { fractionsOf, openSource, seedOf, sourceDescription, type BuildOptions } from './source';
import { finishTabular } from './tabular';
import type { DatasetBuild, TabularExample } from './types';

const entry = CATALOG['breast-cancer-wisconsin-diagnostic'];
const DATA_PATH = 'breast-cancer-wisconsin-diagnostic/wdbc.data';

const MEASUREMENTS = [
  'radius',
  'texture',
  'perimeter',
  'area',
  'smoothness',
  'compactness',
  'concavity',
  'concave_points',
  'symmetry',
  'fractal_dimension',
] as const;
type Measurement = (typeof MEASUREMENTS)[number];
export type WdbcFeature = `${Measurement}_${'mean' | 'se' | 'worst'}`;

export const WDBC_FEATURES: readonly WdbcFeature[] = (['mean', 'se', 'worst'] as const).flatMap((stat) =>
  MEASUREMENTS.map((m): WdbcFeature => `${m}_${stat}`),
);
export type WdbcExample = TabularExample<WdbcFeature>;

const rowSchema = z.object({
  id: z.number().int().min(1),
  diagnosis: z.enum(['M', 'B']),
  values: z.array(z.number().min(0)).length(30),
});

export async function parseWdbc(input: DelimitedInput) {
  const validator = new RowValidator(rowSchema);
  let rowsIn = 0;
  for await (const { fields, line } of readDelimited(input)) {
    rowsIn++;
    if (fields.length !== 32) {
      validator.reject('wrong number of fields (expected 32)', `line ${line}`);
      continue;
    }
    validator.check({ id: parseNumber(fields[0]), diagnosis: fields[1].trim(), values: fields.slice(2).map(parseNumber) }, `line ${line}`);
  }
  return { rowsIn, ...validator.done() };
}

export async function buildBreastCancerWisconsin(options: BuildOptions = {}): Promise<DatasetBuild<WdbcExample>> {
  const seed = seedOf(options);
  const opened = await openSource(entry, [DATA_PATH], options);
  const sample = opened.kind === 'sample';
  const report = new ReportBuilder<WdbcExample>(entry, {
    kind: opened.kind,
    description: sourceDescription(entry, opened, 'generateWdbcCsv', seed),
    files: opened.kind === 'sample' ? [] : opened.files,
  });
  const parsed = await parseWdbc(sample ? { text: generateWdbcCsv({ seed }) } : { path: opened.paths[DATA_PATH] });
  report.step('parse and validate', parsed.rowsIn, parsed.valid.length, parsed.reasons);

  // Sample ids must be unique: a repeated id is a duplicate record.
  const seen = new Set<number>();
  const repeated: string[] = [];
  const rows = parsed.valid.filter((r) => {
    if (seen.has(r.id)) {
      repeated.push(String(r.id));
      return false;
    }
    seen.add(r.id);
    return true;
  });
  report.step('clean', parsed.valid.length, rows.length, repeated.length ? { 'repeated sample id': repeated.length } : {});
  if (repeated.length) {
    report.decision({ step: 'clean', column: 'id', rule: 'drop rows whose id occurred earlier', rationale: 'one id is one tumour', count: repeated.length, ids: repeated });
  }
  const examples: WdbcExample[] = rows.map((r) => ({
    id: String(r.id),
    features: Object.fromEntries(WDBC_FEATURES.map((f, i) => [f, r.values[i]])) as Record<WdbcFeature, number>,
    label: r.diagnosis === 'M' ? 1 : 0,
  }));
  report.pii({ column: 'id', kind: 'direct-identifier', detail: 'sample number of the original study', action: 'kept as the example id only, never a feature' });
  return finishTabular({
    entry,
    source: opened.kind,
    report,
    examples,
    rowsIn: parsed.rowsIn,
    features: WDBC_FEATURES,
    labelNames: ['benign', 'malignant'],
    seed,
    fractions: fractionsOf(options),
  });
}
