// Where the registry keeps its state. Kept free of Prisma imports so that prisma.config.ts and the
// scripts can share it without loading a client.
import fs from 'node:fs';
import path from 'node:path';

export type DatabaseProvider = 'sqlite' | 'postgresql';

export interface DatabaseConfig {
  provider: DatabaseProvider;
  /** postgres://... or file:<absolute path> */
  url: string;
}

/** The monorepo root: the nearest folder above process.cwd() holding nx.json. */
export function repoRoot(from: string = process.cwd()): string {
  // turbopackIgnore: a path from the cwd is not a file to bundle (it would trace the whole repo).
  let dir = path.resolve(/*turbopackIgnore: true*/ from);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'nx.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no nx.json found above ${from}: run from inside the Atlas repository`);
    dir = parent;
  }
}

/** Where ATLAS_HOME points, without creating it. Relative paths are taken from the repo root, not the cwd. */
export function atlasHomePath(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.ATLAS_HOME?.trim();
  return configured ? path.resolve(repoRoot(), configured) : path.join(repoRoot(), '.atlas');
}

/** ATLAS_HOME, or <repo>/.atlas, created on demand (Next runs in the app folder, hence the repo root). */
export function atlasHome(env: NodeJS.ProcessEnv = process.env): string {
  const home = atlasHomePath(env);
  fs.mkdirSync(home, { recursive: true });
  return home;
}

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/**
 * Picks the provider from DATABASE_URL: postgres:// or postgresql:// means PostgreSQL, anything else
 * SQLite. SQLite paths are made absolute because each app (and the CLI) runs with its own cwd.
 */
export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url && POSTGRES_URL.test(url)) return { provider: 'postgresql', url };
  if (url && url.startsWith('file:')) {
    const file = url.slice('file:'.length).split('?')[0];
    if (file === ':memory:') return { provider: 'sqlite', url };
    return { provider: 'sqlite', url: `file:${path.resolve(repoRoot(), file)}` };
  }
  if (url) throw new Error(`DATABASE_URL must start with postgres://, postgresql:// or file: (got "${url.split(':')[0]}:...")`);
  return { provider: 'sqlite', url: `file:${path.join(atlasHome(env), 'atlas.db')}` };
}

/** The absolute file behind a SQLite url. */
export function sqliteFile(url: string): string {
  return url.replace(/^file:/, '');
}
