// Toutiao news titles (20k subset): Chinese headline classification. For tests and Chinese
// tokenization only: its text is never shown in the product (the report marks it not displayable).
// The dev file is training data (10 % of it, stratified, becomes val); the test file is the test set.
// Node only.
import { z } from 'zod';
import { CATALOG } from '../catalog';
import { readDelimited, type DelimitedInput } from '../parse/delimited';
import { ReportBuilder } from '../report/builder';
import { generateToutiaoSample } from '../samples/toutiao-sample';
import { sortIds } from '../split/ids';
import { splitFingerprint, stratifiedSplit } from '../split/stratified';
import type { SplitSet } from '../split/types';
import { RowValidator } from '../validate/validate';
import { openSource, seedOf, sourceDescription, type BuildOptions } from './source';
import { dedupeTexts, scanTextColumn, textFeatureDefs } from './text-common';
import type { DatasetBuild } from './types';

const entry = CATALOG['toutiao-news-titles-20k'];
const DEV_PATH = 'toutiao/toutiao_cat_data.dev.txt';
const TEST_PATH = 'toutiao/toutiao_cat_data.test.txt';

export interface ToutiaoExample {
  /** Toutiao article id. */
  id: string;
  /** The headline. */
  text: string;
  /** Category code, e.g. "102". */
  label: string;
  /** Category slug, e.g. "news_entertainment". */
  labelName: string;
  keywords: string[];
  /** Which upstream file the row came from. */
  file: 'dev' | 'test';
  split: string;
}

const rowSchema = z.object({
  id: z.string().regex(/^\d+$/, 'news id is not numeric'),
  label: z.string().regex(/^1\d\d$/, 'category code outside 100-199'),
  labelName: z.string().min(1, 'empty category name'),
  text: z.string().trim().min(1, 'empty title'),
  keywords: z.array(z.string()),
});

export async function parseToutiaoFile(input: DelimitedInput, file: 'dev' | 'test', validator: RowValidator<z.infer<typeof rowSchema>>) {
  const examples: ToutiaoExample[] = [];
  let rowsIn = 0;
  for await (const { fields, line } of readDelimited(input, { delimiter: '_!_', quote: false })) {
    rowsIn++;
    if (fields.length !== 5) {
      validator.reject('wrong number of fields (expected 5)', `${file}:${line}`);
      continue;
    }
    const [id, label, labelName, text, keywords] = fields;
    const row = validator.check({ id, label, labelName, text, keywords: keywords.split(',').filter((k) => k.length > 0) }, `${file}:${line}`);
    if (row) examples.push({ ...row, file, split: file === 'dev' ? 'train' : 'test' });
  }
  return { rowsIn, examples };
}

export interface ToutiaoBuild extends DatasetBuild<ToutiaoExample> {
  /** Category code -> slug. */
  categories: Record<string, string>;
}

export async function buildToutiaoNewsTitles(options: BuildOptions & { valFraction?: number } = {}): Promise<ToutiaoBuild> {
  const seed = seedOf(options);
  const opened = await openSource(entry, [DEV_PATH, TEST_PATH], options);
  const sample = opened.kind === 'sample';
  const generated = sample ? generateToutiaoSample({ seed }) : null;
  const report = new ReportBuilder<ToutiaoExample>(entry, {
    kind: opened.kind,
    description: sourceDescription(entry, opened, 'generateToutiaoSample', seed),
    files: opened.kind === 'sample' ? [] : opened.files,
  });
  const validator = new RowValidator(rowSchema);
  const dev = await parseToutiaoFile(generated ? { text: generated.dev } : { path: (opened as { paths: Record<string, string> }).paths[DEV_PATH] }, 'dev', validator);
  const test = await parseToutiaoFile(generated ? { text: generated.test } : { path: (opened as { paths: Record<string, string> }).paths[TEST_PATH] }, 'test', validator);
  const rowsIn = dev.rowsIn + test.rowsIn;
  const parsed = [...dev.examples, ...test.examples];
  report.step('parse and validate', rowsIn, parsed.length, validator.done().reasons);
  report.classBalanceIn(parsed, (e) => `${e.label} ${e.labelName}`);

  // Ids must be unique across both files.
  const seen = new Set<string>();
  const unique = parsed.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
  if (unique.length !== parsed.length) report.step('unique ids', parsed.length, unique.length, { 'repeated news id': parsed.length - unique.length });

  const categories: Record<string, string> = {};
  const conflicts = new Set<string>();
  for (const e of unique) {
    if (categories[e.label] && categories[e.label] !== e.labelName) conflicts.add(e.label);
    categories[e.label] ??= e.labelName;
  }
  if (conflicts.size) report.warn(`category codes with more than one name: ${[...conflicts].join(', ')}`);

  const deduped = dedupeTexts(unique, report, ['train', 'test']);
  const examples = deduped.kept;
  const trainPool = examples.filter((e) => e.file === 'dev');
  const valFraction = options.valFraction ?? 0.1;
  const inner = stratifiedSplit(trainPool.map((e) => ({ id: e.id, stratum: e.label })), {
    seed,
    fractions: { train: 1 - valFraction, val: valFraction },
  });
  const valIds = new Set(inner.parts.val);
  for (const e of trainPool) if (valIds.has(e.id)) e.split = 'val';
  const parts = {
    train: inner.parts.train,
    val: inner.parts.val,
    test: sortIds(examples.filter((e) => e.file === 'test').map((e) => e.id)),
  };
  const split: SplitSet = {
    name: 'upstream-files',
    strategy: 'upstream',
    seed,
    fractions: { train: 1 - valFraction, val: valFraction },
    stratifiedBy: `test = the upstream test file; val = ${Math.round(valFraction * 100)} % of the dev file, stratified by category and seeded`,
    parts,
    fingerprint: splitFingerprint(parts),
    sample,
  };
  const byId = new Map(examples.map((e) => [e.id, e]));
  report.split(split, byId, (e) => `${e.label} ${e.labelName}`);
  const features = textFeatureDefs<ToutiaoExample>();
  report.driftBetweenParts(split, byId, features);
  scanTextColumn(examples, report, 'title');
  report.warn('Licence: none stated upstream. Use for tests and Chinese tokenization only; never show these titles in the product.');
  return {
    id: entry.id,
    entry,
    source: opened.kind,
    isSample: sample,
    examples,
    byId,
    split,
    report: report.build({ rowsIn, examples, features }),
    categories,
  };
}
