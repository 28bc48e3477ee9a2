// Reads the user's --data file (CSV with a header, or JSON) into intent data. Node only.
import { readDelimitedWithHeader } from '@atlas/data-pipeline/node';
import type { LoadedData } from '@atlas/service';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { csvColumns, customIntentData, rowsFromJson, type CustomRow } from '../../domain/custom-data';
import type { IntentTrainingData } from './clinc-data';

export async function loadCustomIntents(file: string, options: { seed?: number; oosLabel?: string }): Promise<LoadedData<IntentTrainingData>> {
  let rows: CustomRow[];
  if (file.toLowerCase().endsWith('.json')) {
    rows = rowsFromJson(JSON.parse(await readFile(file, 'utf8')));
  } else {
    const { header, records } = await readDelimitedWithHeader({ path: file });
    const cols = csvColumns(header);
    rows = [];
    for await (const { fields } of records) if (fields.length > Math.max(cols.text, cols.intent)) rows.push({ text: fields[cols.text], intent: fields[cols.intent] });
  }
  const name = path.basename(file);
  const data = customIntentData(rows, { seed: String(options.seed ?? 'atlas-2024'), name, oosLabel: options.oosLabel });
  return {
    dataset: { id: data.dataset.id, name: data.dataset.name, source: name, license: 'provided by the user', rows: data.examples.length, sha256: null, isSample: false },
    data: { ...data, report: null },
  };
}
