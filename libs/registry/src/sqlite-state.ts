// Reads a SQLite registry file without the Prisma CLI. Why: the schema engine locks the file
// exclusively, which fails while any app holds it open, even when there is nothing to apply; a
// read-only look at _prisma_migrations lets `migrate` skip the CLI then.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** The committed migration folders, oldest first. */
export function committedMigrations(migrationsDir: string): string[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{14}_/.test(e.name) && fs.existsSync(path.join(migrationsDir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort();
}

/** True when every committed migration is applied and none failed; false means "ask the CLI". */
export function sqliteIsUpToDate(file: string, migrationsDir: string): boolean {
  if (!fs.existsSync(file)) return false;
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return false;
    const rows = db.prepare('SELECT migration_name AS name, finished_at AS finished, rolled_back_at AS rolledBack FROM _prisma_migrations').all() as {
      name: string;
      finished: unknown;
      rolledBack: unknown;
    }[];
    if (rows.some((r) => r.finished === null && r.rolledBack === null)) return false; // a failed migration: the CLI explains
    const applied = new Set(rows.filter((r) => r.finished !== null && r.rolledBack === null).map((r) => r.name));
    return committedMigrations(migrationsDir).every((name) => applied.has(name));
  } finally {
    db.close();
  }
}

/** journal_mode=WAL is stored in the file: set once after migrating, every later reader gets it. */
export function enableWal(file: string): void {
  const db = new Database(file, { timeout: 5000 });
  try {
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}
