// A throwaway registry per test file: a fresh ATLAS_HOME with the committed migrations applied, so
// tests see the real SQLite schema and never touch the developer's .atlas folder.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { disconnectPrisma, migrate } from '@atlas/registry';

export function useTempRegistry(): { home: () => string } {
  const saved = { home: process.env.ATLAS_HOME, db: process.env.DATABASE_URL };
  let home = '';
  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'atlas-service-'));
    process.env.ATLAS_HOME = home;
    delete process.env.DATABASE_URL;
    await migrate({ quiet: true });
  }, 60_000);
  afterAll(async () => {
    await disconnectPrisma();
    if (saved.home === undefined) delete process.env.ATLAS_HOME;
    else process.env.ATLAS_HOME = saved.home;
    if (saved.db !== undefined) process.env.DATABASE_URL = saved.db;
    rmSync(home, { recursive: true, force: true });
  });
  return { home: () => home };
}
