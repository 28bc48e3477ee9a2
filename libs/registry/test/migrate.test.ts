// Migrations apply from empty, are idempotent, and the health checks describe the state before and after.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkDatabase, getPrisma, healthReport, migrate, NOT_MIGRATED, readActiveModel } from '../src';
import { PROVIDERS, useFreshDatabase, type TestDatabase } from './databases';

describe.each(PROVIDERS)('migrations on %s', (provider) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await useFreshDatabase(provider);
  });
  afterAll(() => db.drop());

  it('reports an unmigrated database with the command that fixes it', async () => {
    await expect(checkDatabase()).resolves.toBe(NOT_MIGRATED);
    await expect(readActiveModel('credit-risk')).resolves.toEqual({ model: null, error: NOT_MIGRATED });
    await expect(healthReport({ domain: 'credit-risk', version: '1.2.3', tfBackend: 'wasm' })).resolves.toEqual({
      status: 503,
      body: { domain: 'credit-risk', version: '1.2.3', tfBackend: 'wasm', db: NOT_MIGRATED, activeModel: null },
    });
  });

  it('applies the committed migrations from empty, then finds nothing to do', async () => {
    const first = await migrate({ quiet: true });
    expect(fs.statSync(db.atlasHome).isDirectory()).toBe(true);
    expect(first.provider).toBe(provider);
    const dir = path.join(__dirname, '..', provider === 'sqlite' ? 'prisma/migrations' : 'prisma/postgresql/migrations');
    const committed = fs.readdirSync(dir).filter((n) => /^\d{14}_/.test(n)).sort();
    expect(committed[0]).toMatch(/^\d{14}_init$/);
    expect(first.applied).toEqual(committed);
    const second = await migrate({ quiet: true });
    expect(second.applied).toEqual([]);
    await expect(checkDatabase()).resolves.toBe('ok');
  });

  it('answers health 200 with no active model on a migrated, empty database', async () => {
    await expect(healthReport({ domain: 'credit-risk', version: '1.2.3', tfBackend: 'cpu' })).resolves.toEqual({
      status: 200,
      body: { domain: 'credit-risk', version: '1.2.3', tfBackend: 'cpu', db: 'ok', activeModel: null },
    });
  });

  if (provider === 'sqlite') {
    it('finds nothing to do while another process holds the file open (a running app)', async () => {
      const app = new Database(path.join(db.atlasHome, 'atlas.db'));
      try {
        app.prepare('SELECT count(*) FROM "ModelRun"').get();
        await expect(migrate({ quiet: true })).resolves.toMatchObject({ applied: [] });
      } finally {
        app.close();
      }
    });

    it('keeps the SQLite file in ATLAS_HOME, in WAL mode', async () => {
      const file = path.join(db.atlasHome, 'atlas.db');
      expect(fs.existsSync(file)).toBe(true);
      const rows = await getPrisma().$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode');
      expect(rows[0].journal_mode).toBe('wal');
      const timeout = await getPrisma().$queryRawUnsafe<{ timeout: number | bigint }[]>('PRAGMA busy_timeout');
      expect(Number(timeout[0].timeout)).toBeGreaterThanOrEqual(1000);
      const direct = new Database(file, { readonly: true });
      expect(direct.pragma('journal_mode', { simple: true })).toBe('wal');
      direct.close();
    });
  }
});

describe('an unreachable database', () => {
  afterAll(() => {
    delete process.env.DATABASE_URL;
  });

  it('is reported in one line, not as a stack', async () => {
    process.env.DATABASE_URL = 'postgresql://nobody@127.0.0.1:1/nothing';
    const result = await checkDatabase();
    expect(result).toMatch(/^database unreachable/);
    expect(result).not.toMatch(/\n| {4}at /);
    const health = await healthReport({ domain: 'recommender', version: '0.1.0', tfBackend: 'wasm' });
    expect(health.status).toBe(503);
    expect(health.body.db).toBe(result);
  });
});
