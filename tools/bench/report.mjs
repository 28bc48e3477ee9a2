// Writes BENCHMARKS.md at the repo root and its charts under docs/benchmarks/ from the results the
// suites left in dist/bench/*.json. A suite that did not run this time is reported as not measured.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../lib/processes.mjs';
import { barChartSvg } from './charts.mjs';

export const RESULTS_DIR = path.join(ROOT, 'dist/bench');
const CHART_DIR = path.join(ROOT, 'docs/benchmarks');
export const TARGETS = { p99AtC1Ms: 10, rpsAtC64: 1500 };
const TABULAR = ['credit-risk', 'med-diagnosis', 'recommender'];

const read = (name) => {
  const file = path.join(RESULTS_DIR, `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
};
const ms = (v) => (v === null || v === undefined ? '-' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const rate = (v) => (v === undefined || v === null ? '-' : v >= 1e6 ? `${(v / 1e6).toFixed(2)}M` : v >= 1e4 ? `${(v / 1e3).toFixed(1)}k` : v.toFixed(0));
const table = (header, rows) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

async function chart(file, spec, charts) {
  mkdirSync(CHART_DIR, { recursive: true });
  writeFileSync(path.join(CHART_DIR, file), await barChartSvg(spec));
  charts.push(file);
  return `![${spec.title}](docs/benchmarks/${file})`;
}

function machineSection(run) {
  const m = run.machine;
  return [
    `Written by \`npm run bench\` on ${run.finishedAt.slice(0, 16).replace('T', ' ')} UTC; suites run this time: ${run.suites.length ? `${run.suites.join(', ')} (${Math.round(run.seconds)} s)` : 'none'}; results of earlier runs: ${run.earlier.length ? run.earlier.join(', ') : 'none'}.`,
    '',
    table(['machine', ''], [
      ['CPU', `${m.cpu}, ${m.cores} cores`],
      ['memory', `${m.memoryGiB} GiB`],
      ['OS', m.os],
      ['Node.js', m.node],
      ['commit', m.commit],
      ['load average (1/5/15 min) at start, at end', `${m.loadAverage.map((v) => v.toFixed(2)).join(' / ')}, ${run.loadAtEnd.map((v) => v.toFixed(2)).join(' / ')}`],
    ]),
    '',
    m.loadAverage[0] > m.cores
      ? `The load average was above the core count: other jobs shared these ${m.cores} cores during the run, so every figure below is lower than on an idle machine.`
      : '',
  ];
}

function servingRows(serving) {
  const rows = [];
  for (const app of serving.apps) {
    if (app.skipped && Object.keys(app.modes).length === 0) {
      rows.push([app.app, '-', '-', '-', '-', '-', '-', '-', '-', app.skipped]);
      continue;
    }
    for (const [mode, result] of Object.entries(app.modes)) {
      result.levels.forEach((l, i) =>
        rows.push([
          i === 0 ? app.app : '',
          i === 0 ? (mode === 'batched' ? 'coalescer on' : app.batched ? 'coalescer off' : 'no coalescer') : '',
          String(l.connections),
          rate(l.rps),
          ms(l.p50Ms),
          ms(l.p99Ms),
          ms(l.serverCpuMsPerRequest),
          l.loadAverage?.toFixed(1) ?? '-',
          String(l.non2xx + l.errors + l.timeouts),
          i === 0 ? loggedCell(result) : '',
        ]),
      );
    }
  }
  return rows;
}

// The client counts the answers that came within each timed run; the requests in flight at its end
// are answered and logged too, so there can be a few more rows than counted answers, never fewer.
const loggedCell = (r) => `${r.logged >= r.answered ? 'all' : 'MISSING ROWS'}: ${r.logged} rows for ${r.answered} answers`;

/** The mode an app's targets are judged on: batched when it batches. */
const bestMode = (app) => app.modes.batched ?? app.modes.unbatched;

function targetRows(serving) {
  return serving.apps
    .filter((a) => TABULAR.includes(a.app))
    .map((a) => {
      const mode = bestMode(a);
      if (!mode) return [a.app, '-', '-', '-', '-', `not measured: ${a.skipped ?? 'no result'}`];
      const c1 = mode.levels.find((l) => l.connections === 1);
      const c64 = mode.levels.find((l) => l.connections === 64);
      const p99ok = c1.p99Ms < TARGETS.p99AtC1Ms;
      const rpsOk = c64.rps >= TARGETS.rpsAtC64;
      return [
        a.app,
        `${ms(c1.p99Ms)} ms (${p99ok ? 'met' : 'missed'})`,
        `${rate(c64.rps)} (${rpsOk ? 'met' : 'missed'})`,
        loggedCell(mode),
        c64.serverCpuMsPerRequest ? `${ms(c64.serverCpuMsPerRequest)} ms, so at most ${rate(2000 / c64.serverCpuMsPerRequest)}/s` : '-',
        a.modes.batched ? 'coalescer on' : 'no coalescer',
      ];
    });
}

async function servingSection(serving, charts) {
  if (!serving) return ['Not measured in this run (`npm run bench -- serving`).'];
  const measured = serving.apps.filter((a) => Object.keys(a.modes).length > 0);
  const data = [];
  for (const a of measured) {
    for (const c of serving.concurrency) {
      const row = { x: `${a.app} c=${c}` };
      for (const [mode, r] of Object.entries(a.modes)) {
        const l = r.levels.find((v) => v.connections === c);
        row[`${mode}Rps`] = l?.rps;
        row[`${mode}P99`] = l?.p99Ms;
      }
      data.push(row);
    }
  }
  const series = (suffix) => [
    { key: `batched${suffix}`, name: 'coalescer on' },
    { key: `unbatched${suffix}`, name: 'coalescer off / none' },
  ];
  const out = [
    `Each app's \`POST /api/predict\` under \`next start\` (production build), loaded by autocannon from a second process for ${serving.seconds} s per concurrency after a warm-up; latencies of the 2xx answers, measured by the client (server + loopback network). Every answered prediction is logged to the registry (SQLite, the default); the last column counts the rows that reached it against the answers the client counted (requests still in flight when a timed run ends are answered and logged but not counted, so rows can exceed answers by up to the concurrency). An app whose route batches (\`timedPredictBatched\`) runs twice: with the coalescer, and with \`ATLAS_PREDICT_BATCHING=off\`.`,
    '',
    table(['app', 'serving', 'concurrency', 'requests/s', 'p50 ms', 'p99 ms', 'server CPU ms/request', 'load average', 'failed', 'prediction log'], servingRows(serving)),
    '',
  ];
  const inProcess = serving.apps.filter((a) => a.inProcess);
  if (inProcess.length) {
    const rows = [];
    const chartData = [];
    for (const a of inProcess) {
      for (const [mode, r] of Object.entries(a.inProcess)) {
        const label = mode === 'batched' ? 'coalescer on' : a.batched ? 'coalescer off' : 'no coalescer';
        if (r.error) {
          rows.push([a.app, label, '-', '-', '-', '-', '-', r.error]);
          continue;
        }
        r.levels.forEach((l, i) => rows.push([i === 0 ? a.app : '', i === 0 ? label : '', String(l.connections), rate(l.rps), ms(l.p50Ms), ms(l.p99Ms), ms(l.cpuMsPerRequest), '']));
      }
      if (a.inProcess.batched?.levels && a.inProcess.unbatched?.levels) {
        for (const c of serving.concurrency) {
          chartData.push({
            x: `${a.app} c=${c}`,
            batchedRps: a.inProcess.batched.levels.find((l) => l.connections === c)?.rps,
            unbatchedRps: a.inProcess.unbatched.levels.find((l) => l.connections === c)?.rps,
          });
        }
      }
    }
    out.push(
      '### The route handler alone',
      '',
      "The same predict handler called in-process by concurrent clients (tools/bench/handler-load.ts): validation, the model, the answer and the prediction log (its CPU included), without Next.js and HTTP. The difference to the server's CPU per request above is what the framework and the network stack cost.",
      '',
      table(['app', 'serving', 'concurrency', 'requests/s', 'p50 ms', 'p99 ms', 'CPU ms/request', 'note'], rows),
      '',
    );
    if (chartData.length) out.push(await chart('handler-coalescer.svg', { title: 'Predict handler in-process: requests per second', unit: 'requests/s', xKey: 'x', data: chartData, series: series('Rps') }, charts), '');
  }
  const profiled = serving.apps.filter((a) => a.profile);
  if (profiled.length) {
    out.push(
      `### Where the server's time goes`,
      '',
      `The server's CPU profile (\`node --cpu-prof\`) over a separate run at concurrency ${profiled[0].profile.concurrency}, self time summed by the part of the stack it belongs to (wasm and native frames count toward their JavaScript caller); the share of the busy time, and the costliest functions.`,
      '',
    );
    for (const a of profiled) {
      out.push(
        `**${a.app}** (${a.profile.batching ? 'coalescer on' : 'no coalescer'}; busy ${a.profile.busyShare}% of ${a.profile.seconds.toFixed(0)} s):`,
        '',
        table(['part', 'share of CPU time'], a.profile.parts.map((p) => [p.part, `${p.share}%`])),
        '',
        `Costliest functions: ${a.profile.functions.map((f) => `\`${f.name}\` ${f.share}%`).join(', ')}.`,
        '',
      );
    }
  }
  if (data.length) {
    out.push(await chart('serving-throughput.svg', { title: 'Predict route: requests per second', unit: 'requests/s', xKey: 'x', data, series: series('Rps') }, charts), '');
    out.push(await chart('serving-p99.svg', { title: 'Predict route: p99 latency', unit: 'ms', xKey: 'x', data, series: series('P99'), digits: 1 }, charts), '');
  }
  return out;
}

async function browserSection(browser, charts) {
  if (!browser) return ['Not measured in this run (`npm run bench -- browser`).'];
  const rows = browser.apps.map((a) => {
    const cell = (b) => (a.backends[b] ? (a.backends[b].error ? a.backends[b].error : `${ms(a.backends[b].p50Ms)} / ${ms(a.backends[b].p99Ms)}`) : '-');
    return [a.app, a.config ?? '-', cell('wasm'), cell('webgl'), a.skipped ?? ''];
  });
  const renderer = browser.apps.flatMap((a) => Object.values(a.backends)).find((b) => b.renderer)?.renderer;
  const data = browser.apps.filter((a) => Object.keys(a.backends).length).map((a) => ({ x: a.app, wasm: a.backends.wasm?.p50Ms, webgl: a.backends.webgl?.p50Ms }));
  const out = [
    `Each domain's served artifact (model.json + weights.bin, what the apps send to the browser) loaded by TensorFlow.js in ${browser.browser}, headless, driven by Playwright with the flags of the e2e suites (\`--disable-gpu\`: WebGL runs on ${renderer ?? 'the software rasteriser'}, not a GPU). One-row predictions read back with \`dataSync\`, ${browser.warmup} warm-up then ${browser.runs} timed; the tensor call only, without each app's feature encoding.`,
    '',
    table(['domain', 'config', 'wasm p50 / p99 ms', 'webgl p50 / p99 ms', 'note'], rows),
    '',
  ];
  if (data.length) out.push(await chart('browser-latency.svg', { title: 'In-browser inference, one row: p50 latency', unit: 'ms', xKey: 'x', data, series: [{ key: 'wasm', name: 'wasm' }, { key: 'webgl', name: 'webgl' }], digits: 2 }, charts), '');
  return out;
}

async function modelCoreSection(mc, charts) {
  if (!mc) return ['Not measured in this run (`npm run bench -- model-core`).'];
  const results = mc.reports.flatMap((r) => (r.error ? [] : r.results.map((x) => ({ ...x, backend: r.backend }))));
  const best = (workload, pick, higher) => {
    const values = results.filter((r) => r.workload === workload).map(pick).filter((v) => v !== undefined);
    return values.length ? (higher ? Math.max(...values) : Math.min(...values)) : undefined;
  };
  const ratio = (v, b, higher) => (v === undefined || b === undefined ? '' : ` (${(higher ? b / v : v / b).toFixed(2)}x)`);
  const rows = results.map((r) => {
    const train = r.trainStepMs !== undefined ? r.trainStepMs : r.trainSamplesPerSec;
    const trainHigher = r.trainStepMs === undefined;
    const trainBest = best(r.workload, (x) => (x.trainStepMs !== undefined ? x.trainStepMs : x.trainSamplesPerSec), trainHigher);
    return [
      r.workload,
      r.backend,
      train === undefined ? r.skipped ?? '-' : `${r.trainStepMs !== undefined ? `${ms(train)} ms/step` : `${rate(train)} samples/s`}${ratio(train, trainBest, trainHigher)}`,
      r.latency ? `${ms(r.latency.p50Ms)}${ratio(r.latency.p50Ms, best(r.workload, (x) => x.latency?.p50Ms, false), false)}` : '-',
      r.batch1024RowsPerSec !== undefined ? `${rate(r.batch1024RowsPerSec)}${ratio(r.batch1024RowsPerSec, best(r.workload, (x) => x.batch1024RowsPerSec, true), true)}` : '-',
      r.latency ? (r.latency.tensorsBefore === r.latency.tensorsAfter ? 'none' : `${r.latency.tensorsAfter - r.latency.tensorsBefore} LEAKED`) : '-',
    ];
  });
  const notes = mc.reports.map((r) => `- ${r.backend}: ${r.error ? `not measured: ${r.error}` : r.runtime}`);
  const workloads = [...new Set(results.map((r) => r.workload))];
  const backends = mc.reports.filter((r) => !r.error).map((r) => r.backend);
  const data = workloads.filter((w) => best(w, (x) => x.batch1024RowsPerSec, true) !== undefined).map((w) => {
    const row = { x: w.length > 24 ? `${w.slice(0, 23)}…` : w };
    const fastest = best(w, (x) => x.batch1024RowsPerSec, true);
    for (const b of backends) {
      const v = results.find((r) => r.workload === w && r.backend === b)?.batch1024RowsPerSec;
      if (v !== undefined && fastest) row[b] = v / fastest;
    }
    return row;
  });
  const out = [
    `The model-core benchmark (\`npm run bench:model-core\`${mc.quick ? ', --quick' : ''}): the five standard workloads on each TensorFlow.js backend that loads here; each backend in its own process. In brackets: the ratio to the fastest backend of the workload (1.00x = fastest; for times, how many times slower).`,
    '',
    table(['workload', 'backend', 'training', 'predict 1 row p50 ms', 'batch-1024 rows/s', 'tensor leak'], rows),
    '',
    ...notes,
    '',
  ];
  if (data.length && backends.length) {
    out.push(await chart('model-core-batch.svg', { title: 'Batched inference (1024 rows), relative to the fastest backend', unit: '1 = fastest', xKey: 'x', data, series: backends.map((b) => ({ key: b, name: b })), digits: 2 }, charts), '');
  }
  return out;
}

async function trainingSection(training, charts) {
  if (!training) return ['Not measured in this run (`npm run bench -- training`).'];
  const rows = training.domains.map((d) =>
    d.runs.length
      ? [d.app, d.runs.map((r) => `${r.config}${r.active ? ' (served)' : ''}`).join('<br>'), d.runs.map((r) => r.backend).join('<br>'), d.runs.map((r) => r.seconds.toFixed(1)).join('<br>')]
      : [d.app, '-', '-', d.note],
  );
  const data = training.domains.filter((d) => d.runs.length).map((d) => ({ x: d.app, seconds: d.runs.find((r) => r.active)?.seconds ?? d.runs.at(-1).seconds }));
  const out = [
    `Wall time of each succeeded training run in the benchmark's registry (start to finish of the run: data, every fit of the job, evaluation, the saved artifact). The benchmark trains the default configuration of each domain that has no model yet, as \`npm start\` does.`,
    '',
    table(['domain', 'config', 'backend', 'seconds'], rows),
    '',
  ];
  if (data.length) out.push(await chart('training-time.svg', { title: 'Training time of the served model', unit: 'seconds', xKey: 'x', data, series: [{ key: 'seconds', name: 'default configuration' }], digits: 0 }, charts), '');
  return out;
}

function cloneSection(clone) {
  if (!clone) {
    return [
      'Not measured in this run: it installs the packages into a fresh clone and builds and trains everything, which takes long; run `npm run bench -- clone` (it needs the npm registry or a filled npm cache). The training part is in the table above.',
    ];
  }
  if (clone.error) return [`The last attempt failed: ${clone.error}`];
  return [
    `A fresh \`git clone\` of ${clone.commit}, then \`npm ci\`, then \`npm start\` until all five apps answer /api/health (migrations, the default models trained, five production builds, five servers).`,
    '',
    table(['phase', 'seconds'], clone.phases.map((p) => [p.name, p.seconds.toFixed(0)])),
    '',
    `Total: **${(clone.phases.reduce((s, p) => s + p.seconds, 0) / 60).toFixed(1)} minutes** (measured ${clone.measuredAt.slice(0, 10)}).`,
  ];
}

const SUITE_FILES = { 'model-core': 'model-core.json', data: 'data.txt', training: 'training.json', serving: 'serving.json', browser: 'browser.json', clone: 'clone.json' };

export async function writeReport(run) {
  run.earlier = Object.entries(SUITE_FILES)
    .filter(([suite, file]) => !run.suites.includes(suite) && existsSync(path.join(RESULTS_DIR, file)))
    .map(([suite]) => suite);
  const charts = [];
  const serving = read('serving');
  const findingsFile = path.join(ROOT, 'tools/bench/findings.md');
  const lines = [
    '# Atlas benchmarks',
    '',
    ...machineSection(run),
    '',
    '## Serving targets of the tabular apps',
    '',
    `Targets on a 2-core machine: predict p99 under ${TARGETS.p99AtC1Ms} ms at concurrency 1 and at least ${TARGETS.rpsAtC64.toLocaleString('en')} requests/s at concurrency 64, with every prediction logged. Requests/s and latency are wall-clock figures and fall with whatever else shares the cores (see the load average); the server's CPU time per request does not, and bounds what two idle cores could serve (2,000 ms of CPU a second divided by it, with the load generator on other cores).`,
    '',
    serving ? table(['app', `p99 at c=1 (< ${TARGETS.p99AtC1Ms} ms)`, `requests/s at c=64 (>= ${TARGETS.rpsAtC64})`, 'predictions logged', 'server CPU per request at c=64; ceiling on 2 idle cores', 'serving'], targetRows(serving)) : 'Not measured in this run.',
    '',
    ...(existsSync(findingsFile) ? [readFileSync(findingsFile, 'utf8').trim(), ''] : []),
    '## Predict routes under load',
    '',
    ...(await servingSection(serving, charts)),
    '## In-browser inference (Chromium)',
    '',
    ...(await browserSection(read('browser'), charts)),
    '## model-core per backend',
    '',
    ...(await modelCoreSection(read('model-core'), charts)),
    '## Training time per domain',
    '',
    ...(await trainingSection(read('training'), charts)),
    '## From a fresh clone to five live demos',
    '',
    ...cloneSection(read('clone')),
    '',
    '## Data pipeline',
    '',
    ...(existsSync(path.join(RESULTS_DIR, 'data.txt')) ? ['```text', readFileSync(path.join(RESULTS_DIR, 'data.txt'), 'utf8').trim(), '```'] : ['Not measured in this run (`npm run bench -- data`).']),
    '',
    '## Running it',
    '',
    '```sh',
    'npm run bench                      # every suite but clone, then this file',
    'npm run bench -- serving browser   # some suites; the others keep their last results',
    'npm run bench -- --quick           # shorter runs',
    'npm run bench -- clone             # fresh clone to five live demos (long)',
    '```',
    '',
    'Results of each suite are kept in dist/bench/*.json; request bodies of the predict routes are in tools/bench/predict-bodies.json (adding an app is one entry).',
    '',
  ];
  writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), lines.filter((l) => l !== null).join('\n').replace(/\n{3,}/g, '\n\n'));
  return charts;
}
