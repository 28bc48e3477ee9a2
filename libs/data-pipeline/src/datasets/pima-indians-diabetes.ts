// Pima Indians Diabetes: zeros that mean "missing" become null (recorded per column), then dedupe,
// the seeded stratified split and the quality report. Node only.
import { z } from 'zod';
import { CATALOG } from '../catalog';
import { parseNumber } from '../parse/number';
import { readDelimited, type DelimitedInput } from '../parse/delimited';
import { ReportBuilder } from '../report/builder';
import { generatePimaCsv } from '../samples/pima-sample';
import { RowValidator } from '../validate/validate';
import { fractionsOf, openSource, seedOf, sourceDescription, type BuildOptions } from './source';
import { finishTabular } from './tabular';
import type { DatasetBuild, TabularExample } from './types';

const entry = CATALOG['pima-indians-diabetes'];
const CSV_PATH = 'pima-diabetes/pima-indians-diabetes.data.csv';

export const PIMA_FEATURES = [
  'pregnancies',
  'glucose',
  'blood_pressure',
  'skin_thickness',
  'insulin',
  'bmi',
  'diabetes_pedigree',
  'age',
] as const;
export type PimaFeature = (typeof PIMA_FEATURES)[number];
export type PimaExample = TabularExample<PimaFeature>;

/** Columns where 0 is physiologically impossible and stands for a missing measurement. */
export const PIMA_ZERO_MEANS_MISSING: readonly PimaFeature[] = ['glucose', 'blood_pressure', 'skin_thickness', 'insulin', 'bmi'];

const nonNegative = z.number().min(0);
const rowSchema = z.object({
  pregnancies: z.number().int().min(0).max(30),
  glucose: nonNegative.max(400),
  blood_pressure: nonNegative.max(250),
  skin_thickness: nonNegative.max(150),
  insulin: nonNegative.max(1500),
  bmi: nonNegative.max(100),
  diabetes_pedigree: nonNegative.max(5),
  age: z.number().int().min(1).max(120),
  outcome: z.union([z.literal(0), z.literal(1)]),
});

export async function parsePimaCsv(input: DelimitedInput) {
  const validator = new RowValidator(rowSchema);
  let rowsIn = 0;
  const lines: number[] = [];
  for await (const { fields, line } of readDelimited(input)) {
    rowsIn++;
    if (fields.length !== 9) {
      validator.reject('wrong number of fields (expected 9)', `line ${line}`);
      continue;
    }
    const raw = Object.fromEntries([...PIMA_FEATURES, 'outcome'].map((name, i) => [name, parseNumber(fields[i])]));
    if (validator.check(raw, `line ${line}`)) lines.push(line);
  }
  return { rowsIn, lines, ...validator.done() };
}

export async function buildPimaDiabetes(options: BuildOptions = {}): Promise<DatasetBuild<PimaExample>> {
  const seed = seedOf(options);
  const opened = await openSource(entry, [CSV_PATH], options);
  const sample = opened.kind === 'sample';
  const report = new ReportBuilder<PimaExample>(entry, {
    kind: opened.kind,
    description: sourceDescription(entry, opened, 'generatePimaCsv', seed),
    files: opened.kind === 'sample' ? [] : opened.files,
  });
  const parsed = await parsePimaCsv(sample ? { text: generatePimaCsv({ seed }) } : { path: opened.paths[CSV_PATH] });
  report.step('parse and validate', parsed.rowsIn, parsed.valid.length, parsed.reasons);

  // The file has no id column: the 1-based line number is the example id.
  const examples: PimaExample[] = parsed.valid.map((row, i) => ({
    id: String(parsed.lines[i]),
    features: Object.fromEntries(PIMA_FEATURES.map((f) => [f, row[f]])) as Record<PimaFeature, number | null>,
    label: row.outcome,
  }));
  for (const column of PIMA_ZERO_MEANS_MISSING) {
    const ids: string[] = [];
    for (const e of examples) {
      if (e.features[column] === 0) {
        e.features[column] = null;
        ids.push(e.id);
      }
    }
    report.decision({
      step: 'clean',
      column,
      rule: '0 -> missing (null)',
      rationale: `a ${column.replace('_', ' ')} of 0 is physiologically impossible: the zero encodes a missing measurement (the .names file wrongly claims there are none)`,
      count: ids.length,
      byValue: { '0': ids.length },
      ids,
    });
  }
  report.step('clean', examples.length, examples.length, {}, 'zeros marked as missing in 5 columns; no rows removed (impute on train only, e.g. median)');
  report.pii({
    column: 'age, pregnancies',
    kind: 'quasi-identifier',
    detail: 'health data of identifiable individuals is sensitive; the file carries no direct identifier',
    action: 'kept as features; no row is shown with an identity',
  });
  return finishTabular({
    entry,
    source: opened.kind,
    report,
    examples,
    rowsIn: parsed.rowsIn,
    features: PIMA_FEATURES,
    labelNames: ['negative', 'positive'],
    seed,
    fractions: fractionsOf(options),
  });
}
