// Where runtime state lives: ATLAS_HOME, default `<repo root>/.atlas`; the repo root is the nearest
// ancestor folder with nx.json. Node only.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ATLAS_HOME_ENV = 'ATLAS_HOME';

export function findRepoRoot(start: string = process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, 'nx.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
}

/** Resolves ATLAS_HOME (relative values against the repo root). */
export function atlasHome(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const root = findRepoRoot(cwd);
  const value = env[ATLAS_HOME_ENV];
  if (!value) return path.join(root, '.atlas');
  return path.resolve(root, value);
}

export function datasetCacheDir(home: string): string {
  return path.join(home, 'datasets');
}

/** Cache location of a catalog file: `$ATLAS_HOME/datasets/<domain>/<path>` (the cache is itself a valid mirror). */
export function cachePathOf(home: string, domain: string, filePath: string): string {
  return path.join(datasetCacheDir(home), domain, ...filePath.split('/'));
}

/** Folder mirrors given as relative paths are resolved against the repo root, like ATLAS_HOME. */
export function resolveMirrorFolder(location: string, cwd: string = process.cwd()): string {
  return path.resolve(findRepoRoot(cwd), location);
}
