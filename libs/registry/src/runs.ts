// Model runs: registered when training starts, finished with metrics and an artifact, promoted to be
// the one model a domain serves.
import { getPrisma } from './client';
import { databaseConfig } from './config';
import { RegistryError } from './errors';
import type { ModelRun, Prisma } from './generated/sqlite/client';
import type { JsonObject, ModelRunRecord } from './records';
import { CreateRunInputSchema, DomainSchema, FinishRunInputSchema, RUN_STATUSES, type CreateRunInput, type FinishRunInput, type RunStatus } from './schemas';
import { parseInput } from './validate';

export function toRunRecord(row: ModelRun): ModelRunRecord {
  const status = (RUN_STATUSES as readonly string[]).includes(row.status) ? (row.status as RunStatus) : 'failed';
  return {
    ...row,
    params: (row.params ?? {}) as JsonObject,
    metrics: (row.metrics ?? null) as JsonObject | null,
    tradeoffCard: (row.tradeoffCard ?? null) as JsonObject | null,
    status,
  };
}

function prismaCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export async function createRun(input: CreateRunInput): Promise<ModelRunRecord> {
  const data = parseInput(CreateRunInputSchema, 'run', input);
  try {
    const row = await getPrisma().modelRun.create({
      data: { ...data, params: data.params as Prisma.InputJsonObject, datasetId: data.datasetId ?? null },
    });
    return toRunRecord(row);
  } catch (err) {
    if (prismaCode(err) === 'P2003') throw new RegistryError('not_found', `dataset ${data.datasetId} is not registered`);
    throw err;
  }
}

export async function getRun(id: string): Promise<ModelRunRecord | null> {
  const row = await getPrisma().modelRun.findUnique({ where: { id } });
  return row ? toRunRecord(row) : null;
}

async function requireRun(id: string): Promise<ModelRunRecord> {
  const run = await getRun(id);
  if (!run) throw new RegistryError('not_found', `run ${id} not found`);
  return run;
}

/** Records the outcome of a queued or running run; a run finishes once. */
export async function finishRun(id: string, input: FinishRunInput): Promise<ModelRunRecord> {
  const data = parseInput(FinishRunInputSchema, 'run result', input);
  const prisma = getPrisma();
  // One conditional update, so that two finishers cannot both win.
  const { count } = await prisma.modelRun.updateMany({
    where: { id, status: { in: ['queued', 'running'] } },
    data: {
      status: data.status,
      metrics: data.metrics as Prisma.InputJsonObject | undefined,
      tradeoffCard: data.tradeoffCard as Prisma.InputJsonObject | undefined,
      artifactPath: data.artifactPath,
      artifactSha256: data.artifactSha256,
      error: data.error,
      finishedAt: new Date(),
    },
  });
  const run = await requireRun(id);
  if (count === 0) throw new RegistryError('conflict', `run ${id} already finished (${run.status})`);
  return run;
}

function isRetryable(err: unknown): boolean {
  // PostgreSQL serialization failure (P2034, or the adapter's TransactionWriteConflict); SQLite:
  // another process holds the write lock past the busy timeout.
  const text = `${(err as Error)?.message} ${JSON.stringify((err as { cause?: unknown })?.cause ?? null)}`;
  return prismaCode(err) === 'P2034' || /TransactionWriteConflict|could not serialize|SQLITE_BUSY|database is locked/i.test(text);
}

/** Makes `id` the one active run of its domain, atomically. Only succeeded runs can serve. */
export async function promoteRun(id: string): Promise<ModelRunRecord> {
  const prisma = getPrisma();
  const postgres = databaseConfig().provider === 'postgresql';
  for (let attempt = 1; ; attempt++) {
    try {
      const row = await prisma.$transaction(async (tx) => {
        const found = await tx.modelRun.findUnique({ where: { id }, select: { domain: true } });
        if (!found) throw new RegistryError('not_found', `run ${id} not found`);
        // PostgreSQL: promotions of one domain queue on a lock instead of failing as serialization
        // conflicts. SQLite already runs one write transaction at a time.
        if (postgres) await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`atlas-promote:${found.domain}`}))::text`;
        const run = await tx.modelRun.findUniqueOrThrow({ where: { id } });
        if (run.status !== 'succeeded') throw new RegistryError('conflict', `run ${id} is ${run.status}; only a succeeded run can be promoted`);
        await tx.modelRun.updateMany({ where: { domain: run.domain, active: true, NOT: { id } }, data: { active: false } });
        return tx.modelRun.update({ where: { id }, data: { active: true } });
      });
      return toRunRecord(row);
    } catch (err) {
      if (attempt >= 5 || !isRetryable(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
    }
  }
}

/** Runs of a domain, newest first. */
export async function listRuns(domain: string, options: { limit?: number } = {}): Promise<ModelRunRecord[]> {
  const d = parseInput(DomainSchema, 'domain', domain);
  const take = Math.min(Math.max(Math.trunc(options.limit ?? 100), 1), 1000);
  const rows = await getPrisma().modelRun.findMany({ where: { domain: d }, orderBy: [{ startedAt: 'desc' }, { id: 'desc' }], take });
  return rows.map(toRunRecord);
}

/**
 * Deletes a run with its predictions and their feedback. The active run cannot be deleted (promote
 * another first). The caller removes the artifact folder.
 */
export async function deleteRun(id: string): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const run = await tx.modelRun.findUnique({ where: { id }, select: { active: true } });
    if (!run) throw new RegistryError('not_found', `run ${id} not found`);
    if (run.active) throw new RegistryError('conflict', `run ${id} is the active model: promote another run first`);
    // The foreign keys cascade too; deleting explicitly does not depend on SQLite's foreign_keys pragma.
    await tx.feedback.deleteMany({ where: { prediction: { runId: id } } });
    await tx.prediction.deleteMany({ where: { runId: id } });
    // Conditional, so that a promotion that slipped in after the read is not deleted.
    const { count } = await tx.modelRun.deleteMany({ where: { id, active: false } });
    if (count === 0) throw new RegistryError('conflict', `run ${id} became the active model: promote another run first`);
  });
}
