// The model-core benchmark: training throughput, single-row latency, batched throughput and tensor
// leaks of the five standard workloads, per available TensorFlow.js backend, against the Keras/TF
// reference figures of the toolchain notes.
//
//   npm run bench:model-core [-- --quick] [-- --backends=wasm,cpu] [-- --only=mlp] [-- --json=file]
//   (--json also writes the per-backend results as JSON, for BENCHMARKS.md: tools/bench.mjs)
//
// Each backend runs in its own child process: TensorFlow.js has one active backend per process, and a
// fresh process keeps one backend's caches and heap from skewing another's figures.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { initRuntime } from '../src/runtime/node';
import { tf } from '../src/tf';
import { REFERENCES, type Reference } from './references';
import { WORKLOADS, type WorkloadResult } from './workloads';

const RESULT_MARKER = 'MODEL_CORE_BENCH_RESULT ';
const ALL_BACKENDS = ['tensorflow', 'wasm', 'cpu'] as const;

interface ChildReport {
  backend: string;
  runtime?: string;
  error?: string;
  results: WorkloadResult[];
}

function argument(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

async function runChild(backend: string, quick: boolean, only: string | undefined): Promise<void> {
  const report: ChildReport = { backend, results: [] };
  try {
    const runtime = await initRuntime({ backend: backend as 'wasm' });
    const wasm = runtime.wasm ? ` (simd ${runtime.wasm.simd}, threads ${runtime.wasm.threadCount})` : '';
    report.runtime = `${runtime.backend}${wasm}, tfjs ${runtime.tfjsVersion}`;
  } catch (error) {
    report.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.log(RESULT_MARKER + JSON.stringify(report));
    return;
  }
  for (const workload of WORKLOADS) {
    if (only && !workload.name.toLowerCase().includes(only.toLowerCase())) continue;
    const started = performance.now();
    try {
      report.results.push(await workload.run({ backend, quick }));
    } catch (error) {
      report.results.push({ workload: workload.name, trainingSetup: '', skipped: `failed: ${error instanceof Error ? error.message : String(error)}` });
    }
    console.error(`  ${backend}: ${workload.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s (live tensors ${tf.memory().numTensors})`);
  }
  console.log(RESULT_MARKER + JSON.stringify(report));
}

function runBackendInChild(backend: string): ChildReport {
  const args = [...process.execArgv, process.argv[1], `--child=${backend}`, ...process.argv.slice(2).filter((arg) => !arg.startsWith('--child'))];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  const line = child.stdout.split('\n').find((entry) => entry.startsWith(RESULT_MARKER));
  if (!line) return { backend, error: `the benchmark process exited with ${child.status ?? child.signal} and no result`, results: [] };
  return JSON.parse(line.slice(RESULT_MARKER.length)) as ChildReport;
}

const format = {
  rate: (value: number | undefined) =>
    value === undefined ? '-' : value >= 1e6 ? `${(value / 1e6).toFixed(2)}M` : value >= 1e3 ? `${(value / 1e3).toFixed(1)}k` : value.toFixed(1),
  ms: (value: number | undefined) => (value === undefined ? '-' : value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(3)),
};

function trainingCell(result: WorkloadResult): string {
  if (result.trainStepMs !== undefined) return `${format.ms(result.trainStepMs)} ms/step (cpu time ${format.ms(result.trainCpuStepMs)})`;
  if (result.trainSamplesPerSec !== undefined) return `${format.rate(result.trainSamplesPerSec)}/s (cpu time ${format.rate(result.trainCpuSamplesPerSec)}/s)`;
  return '-';
}

function stepOnlyCell(result: WorkloadResult): string {
  const rate = result.stepOnlySamplesPerSec;
  if (rate === undefined) return '-';
  return result.trainStepMs !== undefined ? `${format.ms((16 / rate) * 1000)} ms/step` : `${format.rate(rate)}/s`;
}

function versusReference(result: WorkloadResult, reference: Reference | undefined): string {
  if (!reference?.train) return '-';
  if (reference.train.unit === 'ms/step' && result.trainStepMs !== undefined) {
    const ratio = result.trainStepMs / reference.train.value;
    const met = result.trainStepMs <= reference.train.value * reference.train.targetRatio;
    return `${ratio.toFixed(2)}x Keras time (target <= ${reference.train.targetRatio}x: ${met ? 'met' : 'missed'})`;
  }
  if (reference.train.unit === 'samples/s' && result.trainSamplesPerSec !== undefined) {
    const ratio = result.trainSamplesPerSec / reference.train.value;
    const met = ratio >= reference.train.targetRatio;
    return `${ratio.toFixed(2)}x Keras (target >= ${reference.train.targetRatio}x: ${met ? 'met' : 'missed'})`;
  }
  return '-';
}

function printReports(reports: ChildReport[], quick: boolean, loadBefore: number[]): void {
  const header = ['workload', 'backend', 'training (trainModel)', 'vs Keras/TF', 'step only', 'predict 1 row p50 / p99 ms', 'batch-1024 rows/s', 'live tensors before -> after'];
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const report of reports) {
    if (report.error) {
      notes.push(`${report.backend}: not measured: ${report.error}`);
      continue;
    }
    notes.push(`${report.backend}: ${report.runtime}`);
    for (const result of report.results) {
      const reference = REFERENCES[result.workload];
      const latency = result.latency;
      const latencyCell = latency ? `${format.ms(latency.p50Ms)} / ${format.ms(latency.p99Ms)}` : '-';
      const latencyTarget = reference?.predictP50TargetMs;
      const latencyVerdict = latency && latencyTarget !== undefined ? ` (target <= ${latencyTarget}: ${latency.p50Ms <= latencyTarget ? 'met' : 'missed'})` : '';
      const tensors = latency
        ? `${latency.tensorsBefore} -> ${latency.tensorsAfter} over ${latency.predictions} (${latency.tensorsBefore === latency.tensorsAfter ? 'equal' : 'LEAK'})`
        : '-';
      rows.push([
        result.workload,
        report.backend,
        result.skipped && result.trainSamplesPerSec === undefined ? `skipped` : trainingCell(result),
        versusReference(result, reference),
        stepOnlyCell(result),
        latencyCell + latencyVerdict,
        format.rate(result.batch1024RowsPerSec),
        tensors,
      ]);
      if (result.trainingSetup) notes.push(`${result.workload} on ${report.backend}: ${result.trainingSetup}`);
      if (result.skipped) notes.push(`${result.workload} on ${report.backend}: ${result.skipped}`);
    }
  }
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
  console.log(`\nmodel-core benchmark${quick ? ' (--quick)' : ''}, ${new Date().toISOString()}, ${os.availableParallelism()} cores`);
  // Other jobs on a shared machine slow every figure; the load average says how much was going on.
  console.log(`load average before ${load(loadBefore)}, after ${load(os.loadavg())}\n`);
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  console.log('\nReference (Keras 3 on TensorFlow 2.21 CPU, 2 cores, from the toolchain notes):');
  for (const [workload, reference] of Object.entries(REFERENCES)) console.log(`  ${workload}: ${reference.describe}`);
  console.log('\nNotes:');
  console.log('  training (trainModel): the library training loop (shuffled batches gathered per step, progress events), wall time and CPU time of the process');
  console.log("  step only: the same model's Adam steps on pre-sliced batches with optimizer.minimize: the backend's and the engine's share of a step");
  for (const note of notes) console.log(`  ${note}`);
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const only = argument('only');
  const child = argument('child');
  if (child) return runChild(child, quick, only);
  const backends = (argument('backends') ?? ALL_BACKENDS.join(',')).split(',').filter(Boolean);
  const reports: ChildReport[] = [];
  const loadBefore = os.loadavg();
  for (const backend of backends) {
    console.error(`benchmarking ${backend}...`);
    reports.push(runBackendInChild(backend));
  }
  printReports(reports, quick, loadBefore);
  const jsonFile = argument('json');
  if (jsonFile) {
    mkdirSync(path.dirname(path.resolve(jsonFile)), { recursive: true });
    const load = { before: loadBefore, after: os.loadavg() };
    writeFileSync(jsonFile, `${JSON.stringify({ quick, cores: os.availableParallelism(), load, references: REFERENCES, reports }, null, 2)}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
