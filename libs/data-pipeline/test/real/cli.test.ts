// The data CLI: `npm run data -- fetch` twice (the second does no work), list, report, and the error of
// a dataset that no source holds.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fetchCommand } from '../../src/cli/fetch';
import { listCommand } from '../../src/cli/list';
import { reportCommand } from '../../src/cli/report';
import { findRepoRoot } from '../../src/fetch/atlas-home';
import { qualityReportSchema } from '../../src/report/schema';
import { requireMirror } from '../helpers/env';

const run = promisify(execFile);
const ROOT = findRepoRoot(__dirname);

async function cli(args: string[], env: Record<string, string>) {
  return run(process.execPath, ['--import', '@swc-node/register/esm-register', 'libs/data-pipeline/src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'libs/data-pipeline/tsconfig.json', ...env },
  });
}

function captureConsole() {
  const out: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const err = jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  return {
    text: () => out.join('\n'),
    restore: () => {
      log.mockRestore();
      err.mockRestore();
    },
  };
}

describe('data CLI', () => {
  let home: string;
  const savedHome = process.env.ATLAS_HOME;
  beforeAll(() => {
    requireMirror();
    home = mkdtempSync(path.join(os.tmpdir(), 'atlas-cli-'));
  });
  afterAll(() => {
    if (home) rmSync(home, { recursive: true, force: true });
    if (savedHome === undefined) delete process.env.ATLAS_HOME;
    else process.env.ATLAS_HOME = savedHome;
  });

  it('fetch fills the cache from the mirror; a second run does no work', async () => {
    const env = { ATLAS_HOME: home, ATLAS_DATASET_MIRROR: requireMirror() };
    const first = await cli(['fetch', 'pima-indians-diabetes', 'breast-cancer-wisconsin-diagnostic'], env);
    expect(first.stdout).toContain('pima-indians-diabetes: 0 in cache, 2 copied from a mirror');
    const second = await cli(['fetch', 'pima-indians-diabetes', 'breast-cancer-wisconsin-diagnostic'], env);
    expect(second.stdout).toContain('all 4 files were already in the cache and verified (no work done)');
  });

  it('list shows the catalog and what is cached; report prints the quality report', async () => {
    process.env.ATLAS_HOME = home;
    const io = captureConsole();
    try {
      expect(await listCommand()).toBe(0);
      expect(io.text()).toMatch(/pima-indians-diabetes\s+med-diagnosis\s+2\s+\S+ KB\s+2\/2/);
      expect(io.text()).toMatch(/movielens-100k\s+recommender\s+17\s+\S+ MB\s+0\/17/);
      expect(await reportCommand('pima-indians-diabetes', { sample: false, json: true })).toBe(0);
      const report = qualityReportSchema.parse(JSON.parse(io.text().slice(io.text().indexOf('{'))));
      expect(report.missing.insulin.count).toBe(374);
      expect(await reportCommand('pima-indians-diabetes', { sample: false, json: false })).toBe(0);
      expect(io.text()).toContain('insulin: 0 -> missing (null) [374');
    } finally {
      io.restore();
    }
  });

  it('fails with the documented error, and exit code 1, when no source holds a dataset', async () => {
    process.env.ATLAS_HOME = mkdtempSync(path.join(home, 'empty-'));
    const saved = process.env.ATLAS_DATASET_MIRROR;
    process.env.ATLAS_DATASET_MIRROR = mkdtempSync(path.join(home, 'no-mirror-'));
    const io = captureConsole();
    try {
      expect(await fetchCommand(['pima-indians-diabetes'], false, { offline: true })).toBe(1);
      expect(io.text()).toContain('pima-indians-diabetes: FAILED for 2 of 2 file(s)');
      expect(io.text()).toContain('Could not resolve med-diagnosis/pima-diabetes/pima-indians-diabetes.data.csv');
      expect(io.text()).toContain('How to fix:');
      expect(await fetchCommand([], false)).toBe(2);
    } finally {
      io.restore();
      process.env.ATLAS_DATASET_MIRROR = saved;
    }
  });
});
