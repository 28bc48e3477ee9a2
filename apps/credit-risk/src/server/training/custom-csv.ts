// Bring your own CSV (`--data file.csv --label col [--delimiter ' ']`): reads the file, infers the
// column types and the label (domain/custom-data.ts) and cuts a seeded stratified 70/10/20 split.
// Node only.
import { readDelimitedWithHeader, sha256File } from '@atlas/data-pipeline/node';
import type { LoadedData } from '@atlas/service';
import path from 'node:path';
import { customTable } from '../../domain/custom-data';
import { stratifiedParts } from '../../domain/dataset';
import type { CreditTrainingData } from './taiwan-data';

export interface CustomCsvOptions {
  label: string;
  delimiter?: string;
  positive?: string;
  seed?: number;
  log?: (message: string) => void;
}

export async function loadCustomCsv(file: string, options: CustomCsvOptions): Promise<LoadedData<CreditTrainingData>> {
  const { header, records } = await readDelimitedWithHeader({ path: file }, { delimiter: options.delimiter ?? ',' });
  const cells: string[][] = [];
  for await (const record of records) cells.push(record.fields);
  const custom = customTable(header, cells, { label: options.label, positive: options.positive });
  for (const p of custom.profiles) options.log?.(`column ${p.name}: ${p.kind} (${p.reason}${p.missing ? `, ${p.missing} missing` : ''})`);
  if (custom.skippedRows) options.log?.(`${custom.skippedRows} rows skipped (wrong number of fields or no label)`);
  if (custom.table.ids.length < 50) throw new Error(`${file}: only ${custom.table.ids.length} usable rows; at least 50 are needed`);
  const seed = `custom-${options.seed ?? 2024}`;
  const parts = stratifiedParts(custom.table, { train: 0.7, val: 0.1, test: 0.2 }, seed);
  const sha256 = await sha256File(file);
  const name = path.basename(file);
  return {
    dataset: { id: `custom-${sha256.slice(0, 12)}`, name: `Your data: ${name}`, source: name, license: 'supplied by the user', rows: custom.table.ids.length, sha256, isSample: false },
    data: {
      table: custom.table,
      split: { train: parts.train, validation: parts.val, test: parts.test, seed, fingerprint: sha256.slice(0, 16) },
      schema: custom.schema,
      dataset: { id: `custom-${sha256.slice(0, 12)}`, name: `Your data: ${name}`, source: 'custom', citation: name, license: 'supplied by the user', label: options.label },
      report: null,
    },
  };
}
