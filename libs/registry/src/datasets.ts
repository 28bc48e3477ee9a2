// The datasets runs were trained on, so that a run can say what it learned from (and whether it was
// the project's small sample rather than the real data).
import { getPrisma } from './client';
import type { DatasetRecord } from './records';
import { DatasetInputSchema, type DatasetInput } from './schemas';
import { parseInput } from './validate';

/** Registers a dataset or updates its description (same id). */
export async function upsertDataset(input: DatasetInput): Promise<DatasetRecord> {
  const { id, ...data } = parseInput(DatasetInputSchema, 'dataset', input);
  const fields = { ...data, sha256: data.sha256 ?? null };
  return getPrisma().dataset.upsert({ where: { id }, create: { id, ...fields }, update: fields });
}

export async function getDataset(id: string): Promise<DatasetRecord | null> {
  return getPrisma().dataset.findUnique({ where: { id } });
}
