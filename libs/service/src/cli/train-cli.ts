// `npx nx run <app>:train`: parse flags, load the data once, run the shared training flow for each
// requested configuration with a progress bar, print a summary. Ctrl-C cancels the run in progress
// (recorded as 'cancelled'); a second Ctrl-C exits at once.
import { disconnectPrisma, getDataset, listRuns, readActiveModel } from '@atlas/registry';
import { recoverOnce } from '../training/recover-runs';
import { loadTrainingData, runTraining } from '../training/run-training';
import type { DomainTrainer, LoadedData, TrainingOutcome } from '../training/types';
import { CliUsageError, parseTrainArgs, trainUsage } from './parse-train-args';
import { createProgressReporter } from './progress-reporter';

export interface TrainCliIo {
  out?: NodeJS.WritableStream & { isTTY?: boolean };
  err?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Install a SIGINT handler (default true; tests pass false). */
  handleSigint?: boolean;
  /** Close the registry connection at the end so the process can exit (default true). */
  disconnect?: boolean;
}

function headline(outcome: TrainingOutcome): string {
  const h = outcome.metrics?.headline as { name?: string; value?: number } | undefined;
  return h && typeof h.value === 'number' ? `${h.name} ${h.value.toFixed(4)}` : '-';
}

export function summaryTable(outcomes: TrainingOutcome[]): string {
  const rows = outcomes.map((o) => [
    o.config,
    o.status,
    headline(o),
    `${o.seconds.toFixed(1)}s`,
    o.backend ?? '-',
    o.isSample === null ? '-' : o.isSample ? 'sample' : 'real',
    o.promoted ? 'yes' : 'no',
    o.runId ?? '-',
  ]);
  const header = ['config', 'status', 'headline', 'time', 'backend', 'data', 'promoted', 'run'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)].join('\n');
}

/** Configuration -> newest succeeded run trained on a dataset that is not the project's sample. */
async function configsTrainedOnRealData(domain: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const run of await listRuns(domain, { limit: 1000 })) {
    if (run.status !== 'succeeded' || found.has(run.config) || !run.datasetId) continue;
    const dataset = await getDataset(run.datasetId);
    if (dataset && !dataset.isSample) found.set(run.config, run.id);
  }
  return found;
}

/** Runs the train command; resolves with the exit code (0 all succeeded, 1 a failure, 2 usage, 130 cancelled). */
export async function runTrainCli<D, P>(trainer: DomainTrainer<D, P>, argv: string[] = process.argv.slice(2), io: TrainCliIo = {}): Promise<number> {
  const out = io.out ?? process.stdout;
  const err = io.err ?? process.stderr;
  let parsed;
  try {
    parsed = parseTrainArgs(trainer, argv);
  } catch (e) {
    if (!(e instanceof CliUsageError)) throw e;
    err.write(`${e.message}\n\n${trainUsage(trainer)}\n`);
    return 2;
  }
  if (parsed.help || parsed.list) {
    out.write(`${trainUsage(trainer)}\n`);
    return 0;
  }
  if (parsed.skipIfActive) {
    const { model, error } = await readActiveModel(trainer.domain);
    if (error) {
      err.write(`cannot read the registry: ${error}\n`);
      return 1;
    }
    if (model) {
      out.write(`${trainer.domain} already has an active model (run ${model.id}, ${model.config}); nothing to train.\n`);
      if (io.disconnect !== false) await disconnectPrisma();
      return 0;
    }
  }

  if (parsed.skipIfTrained && !parsed.dataPath) {
    const trained = await configsTrainedOnRealData(trainer.domain).catch((e: Error) => e);
    if (trained instanceof Error) {
      err.write(`cannot read the registry: ${trained.message.trim().split('\n').pop()}\n`);
      if (io.disconnect !== false) await disconnectPrisma().catch(() => undefined);
      return 1;
    }
    for (const config of parsed.configs.filter((c) => trained.has(c))) {
      out.write(`${trainer.domain} already has a succeeded ${config} run on the real data (run ${trained.get(config)}); skipping it.\n`);
    }
    parsed.configs = parsed.configs.filter((c) => !trained.has(c));
    if (parsed.configs.length === 0) {
      if (io.disconnect !== false) await disconnectPrisma();
      return 0;
    }
  }

  // Runs a killed earlier command left 'running' are marked failed before new ones start.
  await recoverOnce(trainer.domain);
  const controller = new AbortController();
  let interrupts = 0;
  const onSigint = () => {
    interrupts += 1;
    if (interrupts > 1) process.exit(130);
    err.write('\nCancelling the run (Ctrl-C again to quit at once)...\n');
    controller.abort();
  };
  if (io.handleSigint !== false) process.on('SIGINT', onSigint);

  const outcomes: TrainingOutcome[] = [];
  try {
    const request = { dataPath: parsed.dataPath, args: parsed.args, seed: parsed.seed, promote: parsed.promote };
    let data: LoadedData<D> | undefined;
    if (parsed.configs.length > 1) {
      const reporter = createProgressReporter({ label: 'data', stream: err });
      data = await loadTrainingData(trainer, request, { onEvent: reporter.onEvent, signal: controller.signal });
    }
    for (const config of parsed.configs) {
      if (controller.signal.aborted) break;
      const reporter = createProgressReporter({ label: config, stream: err });
      try {
        outcomes.push(await runTraining(trainer, { ...request, config }, { onEvent: reporter.onEvent, signal: controller.signal, data }));
      } finally {
        reporter.stop();
      }
    }
  } catch (e) {
    err.write(`training could not start: ${(e as Error).message}\n`);
    return 1;
  } finally {
    if (io.handleSigint !== false) process.off('SIGINT', onSigint);
    if (io.disconnect !== false) await disconnectPrisma().catch(() => undefined);
  }
  out.write(`\n${summaryTable(outcomes)}\n`);
  for (const o of outcomes) {
    if (o.error) out.write(`${o.config}: ${o.error}\n`);
    if (o.isSample) out.write(`${o.config}: trained on the project's sample, not the real dataset; its numbers say nothing about real-world quality.\n`);
  }
  if (outcomes.some((o) => o.status === 'cancelled') || controller.signal.aborted) return 130;
  return outcomes.every((o) => o.status === 'succeeded') ? 0 : 1;
}
