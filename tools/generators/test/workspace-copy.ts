// A throwaway copy of the workspace for the generator test. Sources are copied; every node_modules
// folder is hard-linked (seconds, no extra space; Turbopack refuses symlinks that leave the root),
// and npm's relative links node_modules/@atlas/* then point into the copy, so the copy's libs, with
// the generated domain registered, are the ones every import reaches.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SKIP = new Set(['node_modules', '.next', 'dist', '.git', '.atlas', '.nx', '.swc', 'test-results', 'playwright-report', 'tsconfig.tsbuildinfo']);

export function copyWorkspace(root: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-gen-'));
  cpSync(root, dir, { recursive: true, filter: (src) => !SKIP.has(path.basename(src)) });
  const folders = ['.', ...['apps', 'libs'].flatMap((g) => readdirSync(path.join(root, g)).map((p) => path.join(g, p)))];
  for (const f of folders) {
    const from = path.join(root, f, 'node_modules');
    if (existsSync(from)) execFileSync('cp', ['-al', from, path.join(dir, f, 'node_modules')]);
  }
  return dir;
}
