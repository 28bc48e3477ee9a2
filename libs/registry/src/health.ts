// What the apps' overview pages and /api/health read. Never throws: a broken database becomes a
// short message, and the health route answers 503 with it.
import { disconnectPrisma, getPrisma } from './client';
import { databaseConfig } from './config';
import { describeDatabaseError, NOT_MIGRATED } from './errors';
import type { ActiveModel } from './records';
import { toRunRecord } from './runs';

/**
 * The message for a failed read. An unmigrated SQLite file is also let go: `npm run db:migrate` locks
 * it exclusively and would fail while this app holds it open; the next request reopens it.
 */
async function failure(err: unknown): Promise<string> {
  const message = describeDatabaseError(err);
  if (message === NOT_MIGRATED && databaseConfig().provider === 'sqlite') await disconnectPrisma().catch(() => undefined);
  return message;
}

/** 'ok', or one line saying what is wrong (e.g. "database not migrated: run npm run db:migrate"). */
export async function checkDatabase(): Promise<'ok' | string> {
  try {
    await getPrisma().modelRun.findFirst({ select: { id: true } });
    return 'ok';
  } catch (err) {
    return failure(err);
  }
}

function headlineOf(metrics: Record<string, unknown> | null): ActiveModel['headline'] {
  const headline = metrics?.headline as { name?: unknown; value?: unknown } | undefined;
  if (!headline || typeof headline.name !== 'string' || typeof headline.value !== 'number') return null;
  return { name: headline.name, value: headline.value };
}

export async function readActiveModel(domain: string): Promise<{ model: ActiveModel | null; error?: string }> {
  try {
    const row = await getPrisma().modelRun.findFirst({ where: { domain, active: true }, orderBy: { finishedAt: 'desc' } });
    if (!row) return { model: null };
    const run = toRunRecord(row);
    return {
      model: {
        id: run.id,
        modelKind: run.modelKind,
        config: run.config,
        finishedAt: run.finishedAt ? run.finishedAt.toISOString() : null,
        headline: headlineOf(run.metrics),
      },
    };
  } catch (err) {
    return { model: null, error: await failure(err) };
  }
}

export interface HealthInput {
  domain: string;
  version: string;
  /** The TensorFlow.js backend this process runs. */
  tfBackend: string;
}

export interface HealthBody extends HealthInput {
  db: 'ok' | string;
  activeModel: ActiveModel | null;
}

export async function healthReport(input: HealthInput): Promise<{ status: 200 | 503; body: HealthBody }> {
  const db = await checkDatabase();
  const activeModel = db === 'ok' ? (await readActiveModel(input.domain)).model : null;
  return { status: db === 'ok' ? 200 : 503, body: { domain: input.domain, version: input.version, tfBackend: input.tfBackend, db, activeModel } };
}
