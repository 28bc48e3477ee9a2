// Served predictions and the feedback users give on them. Only redacted inputs are stored.
import { createHash } from 'node:crypto';
import { getPrisma } from './client';
import { RegistryError } from './errors';
import type { Prisma } from './generated/sqlite/client';
import type { FeedbackRecord, JsonValue, PredictionRecord } from './records';
import { FeedbackInputSchema, LogPredictionInputSchema, type FeedbackInput, type LogPredictionInput } from './schemas';
import { parseInput } from './validate';

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** sha256 of the input's JSON with sorted keys: equal inputs hash equal, whatever the key order. */
export function hashInput(input: unknown): string {
  return createHash('sha256').update(stableJson(input)).digest('hex');
}

function isForeignKeyError(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'P2003';
}

export async function logPrediction(input: LogPredictionInput): Promise<PredictionRecord> {
  const data = parseInput(LogPredictionInputSchema, 'prediction', input);
  try {
    const row = await getPrisma().prediction.create({
      data: { ...data, redactedInput: data.redactedInput as Prisma.InputJsonValue, output: data.output as Prisma.InputJsonValue },
    });
    return { ...row, redactedInput: row.redactedInput as JsonValue, output: row.output as JsonValue };
  } catch (err) {
    if (isForeignKeyError(err)) throw new RegistryError('not_found', `run ${data.runId} not found`);
    throw err;
  }
}

/** The latest predictions of a run, newest first. */
export async function listPredictions(runId: string, options: { limit?: number } = {}): Promise<PredictionRecord[]> {
  const take = Math.min(Math.max(Math.trunc(options.limit ?? 50), 1), 1000);
  const rows = await getPrisma().prediction.findMany({ where: { runId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take });
  return rows.map((row) => ({ ...row, redactedInput: row.redactedInput as JsonValue, output: row.output as JsonValue }));
}

export async function addFeedback(input: FeedbackInput): Promise<FeedbackRecord> {
  const data = parseInput(FeedbackInputSchema, 'feedback', input);
  try {
    return await getPrisma().feedback.create({ data });
  } catch (err) {
    if (isForeignKeyError(err)) throw new RegistryError('not_found', `prediction ${data.predictionId} not found`);
    throw err;
  }
}

export async function listFeedback(predictionId: string): Promise<FeedbackRecord[]> {
  return getPrisma().feedback.findMany({ where: { predictionId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}
