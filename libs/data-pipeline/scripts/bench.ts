// Benchmark of the data pipeline: `npm run bench:data [-- --size-mb 1024 --dir <folder> --keep]`.
// 1. load and clean the 30,000-row credit CSV (parse, validate, recode, dedupe, split, report);
// 2. load the 100,000 MovieLens 100K ratings (u.data alone, then the whole build with folds);
// 3. a streaming pass over a generated CSV of --size-mb (default 1 GB), with peak memory.
// Real data comes from the cache or ATLAS_DATASET_MIRROR (run `npm run data -- fetch --all` first).
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CATALOG, findCatalogFile } from '../src/catalog';
import { buildMovieLens100k, parseRatings } from '../src/datasets/movielens-100k';
import { buildCreditDefault } from '../src/datasets/uci-default-of-credit-card-clients';
import { resolveFile } from '../src/fetch/resolve';
import { summarizeDelimitedStream } from '../src/report/stream-summary';
import { generateLargeCsv } from '../src/samples/large-csv';

const { values } = parseArgs({
  options: {
    'size-mb': { type: 'string', default: '1024' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    'stream-only': { type: 'boolean', default: false },
  },
});
const sizeMb = Number(values['size-mb']);
const runs = Math.max(1, Number(values.runs));

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { value, wallMs: performance.now() - t0, cpuMs: (used.user + used.system) / 1000 };
}

async function best<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const results: Array<{ wallMs: number; cpuMs: number }> = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const r = await timed(fn);
    value = r.value;
    results.push(r);
  }
  const min = results.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  console.log(`${label.padEnd(52)} ${(min.wallMs / 1000).toFixed(2).padStart(7)} s wall  ${(min.cpuMs / 1000).toFixed(2).padStart(7)} s CPU   (best of ${runs})`);
  return value;
}

async function main() {
  console.log(`Node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? 'unknown'}), load average ${os.loadavg()[0].toFixed(1)}\n`);
  const resolve = { progress: null } as const;
  const credit = await best('credit: load + clean 30,000 rows (full build)', () => buildCreditDefault({ source: 'real', resolve }));
  console.log(`  -> ${credit.report.rowsIn} rows in, ${credit.examples.length} out, split ${credit.split.fingerprint}`);

  const ml = CATALOG['movielens-100k'];
  const uData = await resolveFile(ml, findCatalogFile(ml, 'ml-100k/u.data'), resolve);
  const ratings = await best('movielens: parse + validate 100,000 ratings (u.data)', () => parseRatings({ path: uData.path }));
  console.log(`  -> ${ratings.ratings.length} ratings`);
  const build = await best('movielens: full build (items, users, u1..u5, ranking)', () => buildMovieLens100k({ source: 'real', resolve }));
  console.log(`  -> ${build.examples.length} ratings, ${build.users.length} users, ${build.movies.length} movies`);

  // The streaming pass runs in a fresh child process, so its memory is not mixed with the builds above.
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--stream-only', '--size-mb', String(sizeMb), ...(values.dir ? ['--dir', values.dir] : []), ...(values.keep ? ['--keep'] : [])], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`the streaming pass failed (exit ${child.status})`);
}

async function streamOnly() {
  const dir = values.dir ? path.resolve(values.dir) : mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
  const file = path.join(dir, `generated-${sizeMb}mb.csv`);
  const gen = await timed(async () => {
    const out = createWriteStream(file);
    for (const chunk of generateLargeCsv({ bytes: sizeMb * 1024 * 1024 })) if (!out.write(chunk)) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
  });
  const size = statSync(file).size;
  console.log(`\nstreaming: generated ${mb(size)} CSV in ${(gen.wallMs / 1000).toFixed(1)} s (fresh process)`);
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 50);
  const pass = await timed(() => summarizeDelimitedStream({ path: file }));
  clearInterval(sampler);
  const rate = size / 1024 / 1024 / (pass.wallMs / 1000);
  console.log(
    `streaming pass over ${mb(size)}`.padEnd(52),
    `${(pass.wallMs / 1000).toFixed(1).padStart(7)} s wall  ${(pass.cpuMs / 1000).toFixed(1).padStart(7)} s CPU   (${rate.toFixed(1)} MB/s, ${pass.value.rows.toLocaleString('en-US')} rows)`,
  );
  console.log(`  -> peak RSS ${mb(peakRss)} (${mb(before.rss)} before the pass), peak heap ${mb(peakHeap)} (${mb(before.heapUsed)} before)`);
  if (!values.keep) rmSync(values.dir ? file : dir, { recursive: true, force: true });
}

(values['stream-only'] ? streamOnly() : main()).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
