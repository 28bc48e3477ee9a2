// One Prisma client per process, for the provider DATABASE_URL selects. Both generated clients share
// the same models, so the SQLite client's type stands for both (src/generated/ is made by
// scripts/generate.mjs at install).
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { databaseConfig, sqliteFile, type DatabaseConfig } from './config';
import { PrismaClient as PostgresClient } from './generated/postgresql/client';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';

export type RegistryClient = SqliteClient;

/** How long a SQLite writer waits for another process's lock before failing (five apps share the file). */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

// WAL lets readers run while one process writes; the pragmas apply per connection.
const SQLITE_PRAGMAS = `PRAGMA journal_mode = WAL; PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;`;

function sqliteAdapter(url: string) {
  const inner = new PrismaBetterSQLite3({ url: sqliteFile(url), timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: 'sqlite' as const,
    adapterName: inner.adapterName,
    async connect() {
      const connection = await inner.connect();
      await connection.executeScript(SQLITE_PRAGMAS);
      return connection;
    },
  };
}

function createClient(db: DatabaseConfig): RegistryClient {
  if (db.provider === 'postgresql') {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: db.url }) });
    return client as unknown as RegistryClient;
  }
  return new SqliteClient({ adapter: sqliteAdapter(db.url) });
}

// Kept on globalThis so that Next's dev hot reload does not open a new pool per edit.
type Cached = { key: string; client: RegistryClient };
const holder = globalThis as typeof globalThis & { __atlasRegistryPrisma?: Cached };

/** The shared client; a changed DATABASE_URL (tests, scripts) gets a new one. */
export function getPrisma(): RegistryClient {
  const db = databaseConfig();
  const key = `${db.provider} ${db.url}`;
  const cached = holder.__atlasRegistryPrisma;
  if (cached?.key === key) return cached.client;
  if (cached) void cached.client.$disconnect().catch(() => undefined);
  const client = createClient(db);
  holder.__atlasRegistryPrisma = { key, client };
  return client;
}

/** Closes the shared client (scripts and tests that must exit cleanly). */
export async function disconnectPrisma(): Promise<void> {
  const cached = holder.__atlasRegistryPrisma;
  holder.__atlasRegistryPrisma = undefined;
  if (cached) await cached.client.$disconnect();
}
