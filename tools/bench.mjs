#!/usr/bin/env node
// `npm run bench [-- <suite> ...] [-- --quick] [-- --seconds=N] [-- --apps=a,b] [-- --train=a,b]`:
// runs the benchmark suites, keeps each suite's results in dist/bench/, and writes BENCHMARKS.md
// (tables, the machine it ran on) with its charts in docs/benchmarks/. Suites:
//   model-core  training and inference per TensorFlow.js backend (libs/model-core/bench)
//   data        loading, cleaning and streaming memory of the data pipeline
//   training    training time per domain (the default models, trained here when missing)
//   serving     each app's predict route under load (autocannon, next start), coalescer on and off
//   browser     in-browser inference per domain in Chromium, wasm and webgl (Playwright)
//   clone       fresh clone to five live demos (long; only when named)
//   report      no suite: rewrite BENCHMARKS.md from the results already in dist/bench
// The serving, browser and training suites use their own registry and models in dist/bench-home
// (ATLAS_BENCH_HOME to change it), never the user's .atlas. --apps limits the app suites to some apps;
// --train limits which apps get their default model trained first (default: those of --apps, or all).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOMAINS, ROOT, quietEnv, run, trainMissingModels } from './lib/processes.mjs';
import { runBrowserBench } from './bench/browser.mjs';
import { runCloneBench } from './bench/clone.mjs';
import { describeMachine } from './bench/machine.mjs';
import { RESULTS_DIR, writeReport } from './bench/report.mjs';
import { runServingBench } from './bench/serving.mjs';
import { collectTrainingTimes } from './bench/training.mjs';

const DEFAULT_SUITES = ['model-core', 'data', 'training', 'serving', 'browser'];
const ALL_SUITES = [...DEFAULT_SUITES, 'clone'];
const args = process.argv.slice(2);
// `report` alone rewrites BENCHMARKS.md from the results already in dist/bench.
const reportOnly = args.includes('report');
const named = args.filter((a) => !a.startsWith('-') && a !== 'report');
const unknown = named.filter((a) => !ALL_SUITES.includes(a));
if (unknown.length > 0) {
  console.error(`Unknown benchmark suite: ${unknown.join(', ')}. Suites: ${ALL_SUITES.join(', ')}`);
  process.exit(2);
}
const quick = args.includes('--quick');
const seconds = Number(args.find((a) => a.startsWith('--seconds='))?.slice('--seconds='.length) ?? (quick ? 4 : 10));
const suites = reportOnly ? [] : named.length > 0 ? named : DEFAULT_SUITES;
const only = args.find((a) => a.startsWith('--apps='))?.slice('--apps='.length).split(',') ?? null;
const home = path.resolve(ROOT, process.env.ATLAS_BENCH_HOME ?? 'dist/bench-home');
const homeEnv = quietEnv({ ATLAS_HOME: home, DATABASE_URL: '' });
const save = (name, value) => writeFileSync(path.join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(value, null, 2)}\n`);

/** Models and builds the app suites need: migrate the bench registry, train what is missing, build what is unbuilt. */
async function prepareApps() {
  console.log(`\n=== models and builds (registry in ${path.relative(ROOT, home)})`);
  await run('npm', ['run', '--silent', 'migrate', '-w', '@atlas/registry'], { env: homeEnv });
  // A domain whose training fails is reported as such; the others are still measured.
  const trainOnly = args.find((a) => a.startsWith('--train='))?.slice('--train='.length).split(',') ?? only;
  const training = trainOnly
    ? run('npx', ['nx', 'run-many', '-t', 'train', `--projects=${trainOnly.join(',')}`, '--parallel=1', '--outputStyle=stream', '--args=--skip-if-active'], { env: homeEnv })
    : trainMissingModels(homeEnv);
  await training.catch((err) => console.error(`  some default models did not train: ${err.message}`));
  const unbuilt = DOMAINS.filter((d) => !only || only.includes(d.id)).filter((d) => !existsSync(path.join(ROOT, 'apps', d.id, '.next', 'BUILD_ID'))).map((d) => d.id);
  if (unbuilt.length) {
    await run('npx', ['nx', 'run-many', '-t', 'build', `--projects=${unbuilt.join(',')}`, '--parallel=1', '--outputStyle=stream']).catch((err) =>
      console.error(`  some apps did not build: ${err.message}`),
    );
  }
}

const SUITES = {
  'model-core': async () => {
    const file = path.join(RESULTS_DIR, 'model-core.json');
    await run('npm', ['run', '--silent', 'bench:model-core', '--', `--json=${file}`, ...(quick ? ['--quick'] : [])], { env: quietEnv() });
  },
  data: async () => {
    const dataArgs = quick ? ['--size-mb', '256', '--runs', '1'] : [];
    const out = execFileSync('npm', ['run', '--silent', 'bench:data', ...(dataArgs.length ? ['--', ...dataArgs] : [])], {
      cwd: ROOT,
      env: quietEnv(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    });
    process.stdout.write(out);
    writeFileSync(path.join(RESULTS_DIR, 'data.txt'), out);
  },
  training: async () => save('training', collectTrainingTimes(home)),
  serving: async () => save('serving', await runServingBench({ home, seconds, only })),
  browser: async () => save('browser', await runBrowserBench({ home, runs: quick ? 100 : 200, only })),
  clone: async () => save('clone', await runCloneBench()),
};

const started = performance.now();
const machine = describeMachine();
mkdirSync(RESULTS_DIR, { recursive: true });
if (suites.some((s) => ['training', 'serving', 'browser'].includes(s))) await prepareApps();
const failed = [];
for (const suite of suites) {
  console.log(`\n=== ${suite}`);
  try {
    await SUITES[suite]();
  } catch (err) {
    failed.push(suite);
    console.error(`  ${suite} failed: ${err instanceof Error ? err.message : err}`);
  }
}
// The machine as the last suites saw it; `report` alone reuses it rather than describing this moment.
const machineFile = path.join(RESULTS_DIR, 'machine.json');
const runInfo = { machine, suites, seconds: (performance.now() - started) / 1000, finishedAt: new Date().toISOString(), loadAtEnd: os.loadavg() };
if (reportOnly && existsSync(machineFile)) Object.assign(runInfo, JSON.parse(readFileSync(machineFile, 'utf8')));
else if (!reportOnly) writeFileSync(machineFile, `${JSON.stringify(runInfo, null, 2)}\n`);
const charts = await writeReport(runInfo);
console.log(`\nWrote BENCHMARKS.md and ${charts.length} charts in docs/benchmarks/.`);
if (failed.length) {
  console.error(`Suites that failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
