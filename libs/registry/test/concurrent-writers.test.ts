// Five processes (one per app) log predictions into one registry at the same moment: on SQLite
// (one file, WAL, busy timeout) and on PostgreSQL, no row is lost and no writer fails.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRun, getPrisma, repoRoot } from '../src';
import { PROVIDERS, useMigratedDatabase } from './databases';

const DOMAINS = ['credit-risk', 'med-diagnosis', 'recommender', 'nlp-chatbot', 'vision-detect'];
const ROWS = process.env.ATLAS_TEST_LONG === '1' ? 2000 : 300;

interface Writer {
  ready: Promise<void>;
  done: Promise<{ code: number | null; out: string; err: string }>;
}

function writer(args: string[]): Writer {
  const root = repoRoot();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (markReady = r));
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'fixtures', 'prediction-writer.ts'), ...args], {
      cwd: root,
      env: { ...process.env, SWC_NODE_PROJECT: path.join(root, 'tsconfig.base.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.startsWith('ready\n')) markReady();
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      markReady();
      resolve({ code, out: out.replace(/^ready\n/, ''), err });
    });
  });
  return { ready, done };
}

describe.each(PROVIDERS)('five processes logging predictions at once on %s', (provider) => {
  useMigratedDatabase(provider);

  it(`keeps all ${ROWS} rows of each writer`, async () => {
    const runs = await Promise.all(DOMAINS.map((domain) => createRun({ domain, modelKind: 'k', config: 'c', backend: 'cpu' })));
    const go = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-writers-')), 'go');
    const writers = runs.map((run) => writer([run.id, run.domain, String(ROWS), go]));
    // All five start writing at the same moment, once each has loaded.
    await Promise.all(writers.map((w) => w.ready));
    const started = performance.now();
    fs.writeFileSync(go, '');
    const results = await Promise.all(writers.map((w) => w.done));
    const seconds = (performance.now() - started) / 1000;
    console.log(`[concurrency] ${provider}: 5 writers x ${ROWS} rows in ${seconds.toFixed(1)} s (${((5 * ROWS) / seconds).toFixed(0)} rows/s)`);
    for (const r of results) expect({ code: r.code, err: r.err.trim(), written: r.out.trim() }).toEqual({ code: 0, err: '', written: String(ROWS) });
    for (const run of runs) expect(await getPrisma().prediction.count({ where: { runId: run.id } })).toBe(ROWS);
    fs.rmSync(path.dirname(go), { recursive: true, force: true });
  }, 300_000);
});
