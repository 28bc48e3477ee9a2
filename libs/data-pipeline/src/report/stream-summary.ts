// Constant-memory summary of a delimited file of any size: one streaming pass counts rows and keeps
// count / missing / min / max / mean of every numeric column. Node only.
import { parseNumber } from '../parse/number';
import { readDelimitedBatches, type DelimitedInput, type DelimitedOptions } from '../parse/delimited';

export interface StreamColumnSummary {
  name: string;
  count: number;
  missing: number;
  nonNumeric: number;
  min: number | null;
  max: number | null;
  mean: number | null;
}

export interface StreamSummary {
  rows: number;
  badRows: number;
  columns: StreamColumnSummary[];
}

export async function summarizeDelimitedStream(
  input: DelimitedInput,
  options: DelimitedOptions & { onProgress?: (rows: number) => void } = {},
): Promise<StreamSummary> {
  let header: string[] | null = null;
  let acc: Array<{ count: number; missing: number; nonNumeric: number; min: number; max: number; sum: number }> = [];
  let rows = 0;
  let badRows = 0;
  for await (const batch of readDelimitedBatches(input, options)) {
    for (const { fields } of batch) {
      if (!header) {
        header = fields;
        acc = header.map(() => ({ count: 0, missing: 0, nonNumeric: 0, min: Infinity, max: -Infinity, sum: 0 }));
        continue;
      }
      rows++;
      if (fields.length !== header.length) {
        badRows++;
        continue;
      }
      for (let i = 0; i < fields.length; i++) {
        const a = acc[i];
        const v = parseNumber(fields[i]);
        if (v === null) a.missing++;
        else if (v !== v) a.nonNumeric++;
        else {
          a.count++;
          a.sum += v;
          if (v < a.min) a.min = v;
          if (v > a.max) a.max = v;
        }
      }
    }
    options.onProgress?.(rows);
  }
  return {
    rows,
    badRows,
    columns: (header ?? []).map((name, i) => ({
      name,
      count: acc[i].count,
      missing: acc[i].missing,
      nonNumeric: acc[i].nonNumeric,
      min: acc[i].count ? acc[i].min : null,
      max: acc[i].count ? acc[i].max : null,
      mean: acc[i].count ? acc[i].sum / acc[i].count : null,
    })),
  };
}
