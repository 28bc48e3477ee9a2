// Applies the committed migrations of the current provider with the stock `prisma migrate deploy`.
// prisma.config.ts selects the JavaScript schema engine, so nothing is downloaded.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { disconnectPrisma } from './client';
import { atlasHome, databaseConfig, repoRoot, sqliteFile, type DatabaseProvider } from './config';
import { enableWal, sqliteIsUpToDate } from './sqlite-state';

export interface MigrateResult {
  provider: DatabaseProvider;
  /** The SQLite file, or the PostgreSQL URL without its password. */
  target: string;
  /** Migrations applied by this call; empty when the database was up to date. */
  applied: string[];
}

// Paths come from the repo root at run time, never from this module's location: bundlers move it.
function registryDir(): string {
  return path.join(repoRoot(), 'libs', 'registry');
}

function prismaCli(): string {
  const requireFromRoot = createRequire(path.join(repoRoot(), 'package.json'));
  return path.join(path.dirname(requireFromRoot.resolve('prisma/package.json')), 'build', 'index.js');
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}

/**
 * The CLI's environment: the resolved DATABASE_URL (prisma.config.ts reads it), no phoning home, and
 * PRISMA_QUERY_ENGINE_LIBRARY naming an existing file (the CLI itself; only its existence is checked)
 * so that a schema the CLI cannot read reports its error instead of downloading a native engine.
 */
export function prismaCliEnv(url: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...env,
    DATABASE_URL: url,
    PRISMA_QUERY_ENGINE_LIBRARY: prismaCli(),
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    NO_COLOR: '1',
  };
}

/**
 * Runs the Prisma CLI of the workspace. `doneWhen` marks the line after which the command's work is
 * final: on PostgreSQL `migrate deploy` prints its result, then idles ~10 s on a timer its Wasm schema
 * engine leaves behind (the advisory-lock timeout), so the child is ended once that line appears.
 */
export function runPrismaCli(args: string[], url: string, options: { doneWhen?: RegExp } = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli(), ...args, '--config', path.join(registryDir(), 'prisma.config.ts')], {
      cwd: registryDir(),
      env: prismaCliEnv(url),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let done = false;
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!done && options.doneWhen?.test(output)) {
        done = true;
        setTimeout(() => child.exitCode === null && child.kill('SIGTERM'), 300).unref();
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: done ? 0 : (code ?? 1), output }));
  });
}

const DEPLOY_DONE = /All migrations have been successfully applied\.|No pending migrations to apply\./;

/** The CLI's error without its banner lines and without the engine's stack frames. */
function cliError(output: string): string {
  const lines = output.split('\n').map((l) => l.trimEnd());
  const start = Math.max(0, lines.findIndex((l) => /^Error/.test(l)));
  const picked = lines.slice(start).filter((l) => l.trim() && !/^\s*(at |\d+: |with )/.test(l));
  if (/SocketTimeout|SQLITE_BUSY|database is locked/.test(output)) {
    return 'the SQLite database is in use by another process (a running app?): stop the apps, then run npm run db:migrate';
  }
  return picked.slice(0, 12).join('\n');
}

function appliedMigrations(output: string): string[] {
  if (!/have been applied/.test(output)) return [];
  return [...output.matchAll(/[└├]─ (\d{14}_[^/\s]+)\//g)].map((m) => m[1]);
}

/** Brings the database to the committed schema; safe to run again. Creates ATLAS_HOME. */
export async function migrate(options: { quiet?: boolean } = {}): Promise<MigrateResult> {
  atlasHome(); // created even on PostgreSQL: artifacts and the dataset cache live there too
  const db = databaseConfig();
  const target = db.provider === 'sqlite' ? sqliteFile(db.url) : redactUrl(db.url);
  const what = db.provider === 'sqlite' ? `SQLite database ${target}` : `PostgreSQL database ${target}`;
  const log = (line: string) => !options.quiet && console.log(`registry: ${what}: ${line}`);

  if (db.provider === 'sqlite') {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (sqliteIsUpToDate(target, path.join(registryDir(), 'prisma', 'migrations'))) {
      log('already up to date');
      return { provider: db.provider, target, applied: [] };
    }
    // The schema engine locks the file exclusively: this process's own connection must close first
    // (getPrisma() reopens it). Running apps hold it too: the CLI then fails, and says so.
    await disconnectPrisma();
  }

  const { code, output } = await runPrismaCli(['migrate', 'deploy'], db.url, { doneWhen: DEPLOY_DONE });
  if (code !== 0) throw new Error(`migrating the ${what} failed:\n${cliError(output)}`);
  if (db.provider === 'sqlite') enableWal(target);
  const applied = appliedMigrations(output);
  log(applied.length ? `applied ${applied.join(', ')}` : 'already up to date');
  return { provider: db.provider, target, applied };
}
