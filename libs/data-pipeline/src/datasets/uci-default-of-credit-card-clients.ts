// Default of Credit Card Clients (Taiwan): typed examples, cleaning of the undocumented codes,
// dedupe, the seeded stratified split and the quality report. Node only.
import { z } from 'zod';
import { CATALOG } from '../catalog';
import { parseNumber } from '../parse/number';
import { readDelimitedWithHeader, type DelimitedInput } from '../parse/delimited';
import { ReportBuilder } from '../report/builder';
import { generateCreditCsv } from '../samples/credit-sample';
import { RowValidator } from '../validate/validate';
import { fractionsOf, openSource, seedOf, sourceDescription, type BuildOptions } from './source';
import { finishTabular } from './tabular';
import type { DatasetBuild, TabularExample } from './types';
import { CREDIT_CATEGORICAL, CREDIT_CODES, CREDIT_FEATURES, type CreditFeature } from './credit-fields';

export { CREDIT_CATEGORICAL, CREDIT_CODES, CREDIT_FEATURES, type CreditFeature };

const entry = CATALOG['uci-default-of-credit-card-clients'];
const CSV_PATH = 'taiwan-default/UCI_Credit_Card.csv';

export type CreditExample = TabularExample<CreditFeature>;

const int = z.number().int();
// z.number() rejects NaN and infinities (zod 4).
const money = z.number();
const paid = z.number().nonnegative();
const pay = int.min(-2).max(9);
const rowSchema = z.object({
  ID: int.min(1),
  LIMIT_BAL: z.number().positive(),
  SEX: z.union([z.literal(1), z.literal(2)]),
  EDUCATION: int.min(0).max(6),
  MARRIAGE: int.min(0).max(3),
  AGE: int.min(18).max(120),
  PAY_0: pay,
  PAY_2: pay,
  PAY_3: pay,
  PAY_4: pay,
  PAY_5: pay,
  PAY_6: pay,
  BILL_AMT1: money,
  BILL_AMT2: money,
  BILL_AMT3: money,
  BILL_AMT4: money,
  BILL_AMT5: money,
  BILL_AMT6: money,
  PAY_AMT1: paid,
  PAY_AMT2: paid,
  PAY_AMT3: paid,
  PAY_AMT4: paid,
  PAY_AMT5: paid,
  PAY_AMT6: paid,
  Y: z.union([z.literal(0), z.literal(1)]),
});
type CreditRow = z.infer<typeof rowSchema>;

/** Accepted header spellings: UCI's first header row (X1..X23, Y) or the descriptive names. */
function columnMap(header: readonly string[]): Map<string, number> {
  const names = header.map((h) => h.trim());
  const map = new Map<string, number>();
  const aliases: Record<string, string> = { 'default.payment.next.month': 'Y', 'default payment next month': 'Y', PAY_1: 'PAY_0' };
  names.forEach((name, i) => {
    const x = /^X(\d+)$/.exec(name);
    if (x && Number(x[1]) >= 1 && Number(x[1]) <= 23) map.set(CREDIT_FEATURES[Number(x[1]) - 1], i);
    else map.set(aliases[name] ?? name, i);
  });
  const missing = ['ID', ...CREDIT_FEATURES, 'Y'].filter((c) => !map.has(c));
  if (missing.length) throw new Error(`credit CSV: the header lacks ${missing.join(', ')} (expected ID,X1..X23,Y or the descriptive names)`);
  return map;
}

/** Parses and validates the CSV. Exported for bring-your-own-data use with a file in the same layout. */
export async function parseCreditCsv(input: DelimitedInput) {
  const { header, records } = await readDelimitedWithHeader(input);
  const columns = columnMap(header);
  const validator = new RowValidator(rowSchema);
  let rowsIn = 0;
  for await (const { fields, line } of records) {
    rowsIn++;
    if (fields.length !== header.length) {
      validator.reject(`wrong number of fields (expected ${header.length})`, `line ${line}`);
      continue;
    }
    const raw: Record<string, number | null> = {};
    for (const [name, i] of columns) raw[name] = parseNumber(fields[i]);
    validator.check(raw, `line ${line}`);
  }
  return { rowsIn, ...validator.done() };
}

function recode(rows: CreditRow[], column: 'EDUCATION' | 'MARRIAGE', from: readonly number[], to: number) {
  const ids: string[] = [];
  const byValue: Record<string, number> = {};
  for (const row of rows) {
    if (from.includes(row[column])) {
      byValue[String(row[column])] = (byValue[String(row[column])] ?? 0) + 1;
      ids.push(String(row.ID));
      row[column] = to;
    }
  }
  return { ids, byValue };
}

export async function buildCreditDefault(options: BuildOptions = {}): Promise<DatasetBuild<CreditExample>> {
  const seed = seedOf(options);
  const opened = await openSource(entry, [CSV_PATH], options);
  const sample = opened.kind === 'sample';
  const input: DelimitedInput = sample ? { text: generateCreditCsv({ seed }) } : { path: opened.paths[CSV_PATH] };
  const report = new ReportBuilder<CreditExample>(entry, {
    kind: opened.kind,
    description: sourceDescription(entry, opened, 'generateCreditCsv', seed),
    files: opened.kind === 'sample' ? [] : opened.files,
  });

  const parsed = await parseCreditCsv(input);
  report.step('parse and validate', parsed.rowsIn, parsed.valid.length, parsed.reasons);
  const rows = parsed.valid;

  const education = recode(rows, 'EDUCATION', [0, 5, 6], 4);
  report.decision({
    step: 'clean',
    column: 'EDUCATION',
    rule: 'undocumented codes 0, 5 and 6 -> 4 (others)',
    rationale: 'UCI documents only 1-4; 0, 5 and 6 occur without a definition and are merged into "others", as is customary',
    count: education.ids.length,
    byValue: education.byValue,
    ids: education.ids,
  });
  const marriage = recode(rows, 'MARRIAGE', [0], 3);
  report.decision({
    step: 'clean',
    column: 'MARRIAGE',
    rule: 'undocumented code 0 -> 3 (others)',
    rationale: 'UCI documents only 1-3; 0 occurs without a definition and is merged into "others"',
    count: marriage.ids.length,
    byValue: marriage.byValue,
    ids: marriage.ids,
  });
  const payColumns = ['PAY_0', 'PAY_2', 'PAY_3', 'PAY_4', 'PAY_5', 'PAY_6'] as const;
  const payCodes: Record<string, number> = { '-2': 0, '0': 0 };
  let rowsWithPayCodes = 0;
  for (const row of rows) {
    let any = false;
    for (const c of payColumns) {
      if (row[c] === -2 || row[c] === 0) {
        payCodes[String(row[c])]++;
        any = true;
      }
    }
    if (any) rowsWithPayCodes++;
  }
  report.decision({
    step: 'clean',
    column: 'PAY_0..PAY_6',
    rule: 'codes -2 (no consumption) and 0 (revolving credit) kept as they are (byValue counts cells)',
    rationale: 'outside the documented -1..9 scale but explained by the dataset authors; they carry information and are not errors',
    count: rowsWithPayCodes,
    byValue: payCodes,
  });
  report.step('clean', rows.length, rows.length, {}, 'recoded undocumented category codes; no rows removed');

  const examples: CreditExample[] = rows.map((row) => ({
    id: String(row.ID),
    features: Object.fromEntries(CREDIT_FEATURES.map((f) => [f, row[f]])) as Record<CreditFeature, number>,
    label: row.Y,
  }));
  report.pii({ column: 'ID', kind: 'direct-identifier', detail: 'row number assigned by the donors (1..30000), not a customer number', action: 'kept as the example id only, never a feature' });
  report.pii({
    column: 'SEX, AGE, MARRIAGE, EDUCATION',
    kind: 'quasi-identifier',
    detail: 'demographic attributes; SEX, AGE and MARRIAGE are protected attributes for a fairness review',
    action: 'kept as features; report model performance per group',
  });
  return finishTabular({
    entry,
    source: opened.kind,
    report,
    examples,
    rowsIn: parsed.rowsIn,
    features: CREDIT_FEATURES,
    categorical: CREDIT_CATEGORICAL,
    labelNames: ['no default', 'default'],
    seed,
    fractions: fractionsOf(options),
  });
}
