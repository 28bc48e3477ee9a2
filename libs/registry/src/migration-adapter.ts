// Driver adapters for the Prisma CLI's JavaScript schema engine (prisma.config.ts). The runtime uses
// src/client.ts; these differ only where migrations need it.
import { randomUUID } from 'node:crypto';
import type { PrismaPg } from '@prisma/adapter-pg';
import type { DatabaseConfig } from './config';
import { sqliteFile } from './config';

type PgConnection = Awaited<ReturnType<PrismaPg['connect']>>;
type PgTransaction = Awaited<ReturnType<PgConnection['startTransaction']>>;
type PgQueryResult = { fields?: { dataTypeID: number }[] };
// A multi-statement script answers one result per statement.
type WithPerformIO = { performIO(query: unknown): Promise<PgQueryResult | PgQueryResult[]> };

// The schema engine reads PostgreSQL catalogs, whose "char" (18) and name (19) columns adapter-pg
// rejects as unsupported; they are plain text, so report them as text (25).
const CATALOG_TEXT_TYPES = new Set([18, 19]);
const TEXT_OID = 25;

function readCatalogTypesAsText<T extends PgConnection | PgTransaction>(queryable: T): T {
  const target = queryable as unknown as WithPerformIO;
  const performIO = target.performIO.bind(target);
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const one of Array.isArray(result) ? result : [result]) {
      for (const field of one.fields ?? []) if (CATALOG_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
  if ('startTransaction' in queryable) {
    const start = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (level) => readCatalogTypesAsText(await start(level));
  }
  return queryable;
}

// adapter-pg builds its shadow database config as {...config, database}; with a connectionString the
// string's database wins, so pass the parts instead.
function pgPoolConfig(url: string) {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname) || undefined,
    port: u.port ? Number(u.port) : undefined,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || undefined,
    // The CLI never disposes its connection: idle pooled clients must not keep it alive (10 s).
    allowExitOnIdle: true,
  };
}

// Two fixes for `prisma migrate diff --from-migrations`, which replays the migrations into a shadow
// database: adapter-pg drops its shadow database before closing the pool that still uses it, and
// better-sqlite3 rejects a multi-statement migration sent through executeRaw.
async function migrationPg(url: string) {
  // Imported on use: `prisma generate` loads this config too and needs no driver.
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const parts = pgPoolConfig(url);
  const schema = new URL(url).searchParams.get('schema') ?? undefined;
  const inner = new PrismaPg(parts, { schema });
  return {
    provider: 'postgres' as const,
    adapterName: inner.adapterName,
    connect: async () => readCatalogTypesAsText(await inner.connect()),
    async connectToShadowDb() {
      const main = await inner.connect();
      const database = `prisma_shadow_${randomUUID().replace(/-/g, '')}`;
      await main.executeScript(`CREATE DATABASE "${database}"`);
      const shadow = readCatalogTypesAsText(await new PrismaPg({ ...parts, database }).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
        await main.dispose();
      };
      return shadow;
    },
  };
}

async function migrationSqlite(url: string) {
  const { PrismaBetterSQLite3 } = await import('@prisma/adapter-better-sqlite3');
  const inner = new PrismaBetterSQLite3({ url: sqliteFile(url), timeout: 5000 });
  return {
    provider: 'sqlite' as const,
    adapterName: inner.adapterName,
    connect: () => inner.connect(),
    async connectToShadowDb() {
      const shadow = await inner.connectToShadowDb();
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (query) => {
        if (query.args.length > 0) return executeRaw(query);
        await shadow.executeScript(query.sql);
        return 0;
      };
      return shadow;
    },
  };
}

export async function migrationAdapter(db: DatabaseConfig) {
  return db.provider === 'postgresql' ? migrationPg(db.url) : migrationSqlite(db.url);
}
