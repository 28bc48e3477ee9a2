// Gives each test file a database of its own, on SQLite (a temp ATLAS_HOME) or on the PostgreSQL
// server of the global setup (a new database on it), and points the registry at it through env.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { disconnectPrisma, migrate } from '../src';

export const PROVIDERS = ['sqlite', 'postgresql'] as const;
export type Provider = (typeof PROVIDERS)[number];

export function testPostgresUrl(): string {
  const url = process.env.ATLAS_TEST_POSTGRES_URL;
  if (!url) throw new Error('ATLAS_TEST_POSTGRES_URL is not set: run the suite through libs/registry/jest.config.cjs');
  return url;
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: testPostgresUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  provider: Provider;
  /** ATLAS_HOME, which does not exist until the registry creates it. */
  atlasHome: string;
  url: string | null;
  drop(): Promise<void>;
}

/** Fresh, empty database; sets ATLAS_HOME and DATABASE_URL for the registry. */
export async function useFreshDatabase(provider: Provider): Promise<TestDatabase> {
  await disconnectPrisma();
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-registry-test-'));
  // Not created yet: the registry must create it.
  const atlasHome = path.join(tempDir, 'atlas-home');
  process.env.ATLAS_HOME = atlasHome;
  let url: string | null = null;
  let dropDatabase = async () => undefined as void;
  if (provider === 'sqlite') {
    delete process.env.DATABASE_URL;
  } else {
    const name = `atlas_t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    await onServer(`CREATE DATABASE "${name}"`);
    const u = new URL(testPostgresUrl());
    u.pathname = `/${name}`;
    url = u.toString();
    process.env.DATABASE_URL = url;
    dropDatabase = () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  return {
    provider,
    atlasHome,
    url,
    async drop() {
      await disconnectPrisma();
      await dropDatabase();
      fs.rmSync(tempDir, { recursive: true, force: true });
      delete process.env.DATABASE_URL;
      delete process.env.ATLAS_HOME;
    },
  };
}

/** For a describe block: a fresh database, migrated before its tests and dropped after them. */
export function useMigratedDatabase(provider: Provider): void {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await useFreshDatabase(provider);
    await migrate({ quiet: true });
  });
  afterAll(() => db?.drop());
}
