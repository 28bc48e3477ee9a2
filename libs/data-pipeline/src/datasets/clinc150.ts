// CLINC150 (full): intents and out-of-scope utterances with the upstream train/val/test split kept.
// In- and out-of-scope keys are merged per split; cross-split duplicates are removed from the
// evaluation side. Node only.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { CATALOG } from '../catalog';
import { ReportBuilder } from '../report/builder';
import { generateClincSample } from '../samples/clinc-sample';
import { upstreamSplit } from '../split/stratified';
import { RowValidator } from '../validate/validate';
import { openSource, seedOf, sourceDescription, type BuildOptions } from './source';
import { dedupeTexts, scanTextColumn, textFeatureDefs } from './text-common';
import type { DatasetBuild } from './types';

const entry = CATALOG.clinc150;
const DATA_PATH = 'clinc150/data_full.json';
const DOMAINS_PATH = 'clinc150/domains.json';

export const OOS_INTENT = 'oos';
const UPSTREAM_KEYS = ['train', 'val', 'test', 'oos_train', 'oos_val', 'oos_test'] as const;

export interface ClincExample {
  /** "<upstream key>-<index>", e.g. "train-0", "oos_test-17". */
  id: string;
  text: string;
  /** Intent name, or "oos". */
  label: string;
  /** Domain of the intent ("oos" for out-of-scope). */
  domain: string;
  split: 'train' | 'val' | 'test';
  outOfScope: boolean;
}

const fileSchema = z.record(z.string(), z.array(z.unknown()));
const domainsSchema = z.record(z.string(), z.array(z.string()));

export interface ClincParsed {
  /** Utterances per upstream key, as in the file. */
  upstreamCounts: Record<string, number>;
  domains: Record<string, string[]>;
  rowsIn: number;
  examples: ClincExample[];
  reasons: Record<string, number>;
}

export function parseClinc(dataJson: string, domainsJson: string): ClincParsed {
  const data = fileSchema.parse(JSON.parse(dataJson));
  const domains = domainsSchema.parse(JSON.parse(domainsJson));
  const domainOf = new Map<string, string>();
  for (const [domain, intents] of Object.entries(domains)) for (const intent of intents) domainOf.set(intent, domain);
  const rowSchema = z.tuple([
    z.string().trim().min(1, 'empty utterance'),
    z.string().refine((i) => i === OOS_INTENT || domainOf.has(i), 'intent not listed in domains.json'),
  ]);
  const validator = new RowValidator(rowSchema);
  const examples: ClincExample[] = [];
  const upstreamCounts: Record<string, number> = {};
  let rowsIn = 0;
  for (const key of UPSTREAM_KEYS) {
    const rows = data[key];
    if (!rows) throw new Error(`data_full.json has no "${key}" list`);
    upstreamCounts[key] = rows.length;
    const split = key.replace('oos_', '') as ClincExample['split'];
    rows.forEach((row, index) => {
      rowsIn++;
      const ok = validator.check(row, `${key}[${index}]`);
      if (!ok) return;
      const [text, label] = ok;
      if (key.startsWith('oos_') && label !== OOS_INTENT) {
        validator.reject(`${key} holds a non-oos intent`, `${key}[${index}]`);
        return;
      }
      examples.push({ id: `${key}-${index}`, text, label, domain: domainOf.get(label) ?? OOS_INTENT, split, outOfScope: label === OOS_INTENT });
    });
  }
  const { reasons } = validator.done();
  return { upstreamCounts, domains, rowsIn, examples, reasons };
}

export interface ClincBuild extends DatasetBuild<ClincExample> {
  upstreamCounts: Record<string, number>;
  /** Domain -> its intents, from domains.json. */
  domains: Record<string, string[]>;
  /** Every label: the intents (sorted) and "oos". */
  labels: string[];
}

export async function buildClinc150(options: BuildOptions = {}): Promise<ClincBuild> {
  const seed = seedOf(options);
  const opened = await openSource(entry, [DATA_PATH, DOMAINS_PATH], options);
  const sample = opened.kind === 'sample';
  let dataJson: string;
  let domainsJson: string;
  if (opened.kind === 'sample') {
    const files = generateClincSample({ seed });
    dataJson = files.dataFull;
    domainsJson = files.domains;
  } else {
    dataJson = await readFile(opened.paths[DATA_PATH], 'utf8');
    domainsJson = await readFile(opened.paths[DOMAINS_PATH], 'utf8');
  }
  const report = new ReportBuilder<ClincExample>(entry, {
    kind: opened.kind,
    description: sourceDescription(entry, opened, 'generateClincSample', seed),
    files: opened.kind === 'sample' ? [] : opened.files,
  });
  const parsed = parseClinc(dataJson, domainsJson);
  report.step('parse and validate', parsed.rowsIn, parsed.examples.length, parsed.reasons, 'in- and out-of-scope keys merged per split (train = train + oos_train, ...)');
  report.classBalanceIn(parsed.examples, (e) => e.label);
  const deduped = dedupeTexts(parsed.examples, report, ['train', 'val', 'test']);
  const examples = deduped.kept;
  const parts: Record<string, string[]> = { train: [], val: [], test: [] };
  for (const e of examples) parts[e.split].push(e.id);
  const split = upstreamSplit(parts, { name: 'upstream', sample });
  const byId = new Map(examples.map((e) => [e.id, e]));
  report.split(split, byId, (e) => e.label);
  const features = [...textFeatureDefs<ClincExample>(), { name: 'domain', type: 'categorical' as const, get: (e: ClincExample) => e.domain }];
  report.driftBetweenParts(split, byId, features);
  scanTextColumn(examples, report);
  const labels = [...new Set(parsed.examples.map((e) => e.label))].sort();
  return {
    id: entry.id,
    entry,
    source: opened.kind,
    isSample: sample,
    examples,
    byId,
    split,
    report: report.build({ rowsIn: parsed.rowsIn, examples, features }),
    upstreamCounts: parsed.upstreamCounts,
    domains: parsed.domains,
    labels,
  };
}
