// Bring your own CSV (`--data file.csv --label col [--missing '?'] [--delimiter ';']`): reads the
// file and turns it into a custom task (domain/custom-data.ts), logging what each column became. Node only.
import { readDelimitedWithHeader, sha256File } from '@atlas/data-pipeline/node';
import path from 'node:path';
import { customTask, type CustomOptions } from '../../domain/custom-data';
import type { TaskData } from './data';

export async function loadCustomCsv(file: string, options: CustomOptions & { delimiter?: string; log?: (message: string) => void }): Promise<TaskData> {
  const { header, records } = await readDelimitedWithHeader({ path: file }, { delimiter: options.delimiter ?? ',' });
  const cells: string[][] = [];
  for await (const record of records) cells.push(record.fields);
  const custom = customTask(header, cells, options);
  for (const p of custom.profiles) options.log?.(`column ${p.name}: ${p.kind} (${p.reason}${p.missing ? `, ${p.missing} missing` : ''})`);
  options.log?.(`label ${options.label}: positive = ${custom.positiveLabel}; hospitals by ${custom.spec.hospitals.feature}`);
  if (custom.skippedRows) options.log?.(`${custom.skippedRows} rows skipped (wrong number of fields or no label)`);
  if (custom.patients.length < 50) throw new Error(`${path.basename(file)}: only ${custom.patients.length} usable rows; at least 50 are needed`);
  const sha256 = await sha256File(file);
  const name = path.basename(file);
  return {
    task: 'custom',
    spec: custom.spec,
    patients: custom.patients,
    dataset: { id: `custom-${sha256.slice(0, 12)}`, name: `Your data: ${name}`, source: name, license: 'supplied by the user', isSample: false, sha256, rows: custom.patients.length },
  };
}
