// The credit-risk trainer of the shared training flow (@atlas/service): the train CLI, the worker
// behind POST /api/train and the tests all run it. loadData reads the Taiwan data (or the user's
// CSV with --data); train runs cross-validation, the final fit and the evaluation, and returns the
// artifact. Node only.
import type { DomainTrainer, TrainingArgs } from '@atlas/service';
import type { CreditConfig } from '../../domain/configs';
import { CONFIGS } from '../../domain/configs';
import { trainCreditRun } from '../../domain/train-run';
import { trainerInfo } from '../../domain/trainer-info';
import { runSummary } from './run-summary';
import { loadCustomCsv } from './custom-csv';
import { loadTaiwanData, type CreditTrainingData } from './taiwan-data';

export const DEFAULT_FOLDS = 5;

function stringArg(args: TrainingArgs, name: string): string | undefined {
  const v = args[name];
  return typeof v === 'string' ? v : undefined;
}

export function foldsOf(args: TrainingArgs): number {
  if (args.quick === true) return 0;
  const text = stringArg(args, 'folds');
  if (text === undefined) return DEFAULT_FOLDS;
  const folds = Number(text);
  if (!Number.isInteger(folds) || folds < 0 || folds === 1 || folds > 20) throw new RangeError(`--folds must be 0 or an integer from 2 to 20, got "${text}"`);
  return folds;
}

/** The configuration as trained: the preset, a --seed override, and the --quick shrink. */
export function effectiveConfig(params: CreditConfig, args: TrainingArgs, seed?: number): CreditConfig {
  const config: CreditConfig = { ...params, ...(seed === undefined ? {} : { seed }) } as CreditConfig;
  if (args.quick !== true) return config;
  return config.kind === 'mlp' ? { ...config, members: 1, hidden: [32], epochs: 3 } : { ...config, epochs: 10 };
}

export const trainer: DomainTrainer<CreditTrainingData, CreditConfig> = {
  ...trainerInfo,
  async loadData({ dataPath, args, seed, log }) {
    if (!dataPath) return loadTaiwanData({ seed, source: args.sample === true ? 'sample' : 'auto' });
    const label = stringArg(args, 'label');
    if (!label) throw new RangeError('--data needs --label COLUMN: the column that says whether the client defaulted');
    return loadCustomCsv(dataPath, { label, delimiter: stringArg(args, 'delimiter'), positive: stringArg(args, 'positive'), seed, log });
  },
  async train({ configName, params, data, onProgress, signal, backend, seed, args }) {
    const config = effectiveConfig({ ...CONFIGS[configName as keyof typeof CONFIGS], ...params }, args, seed);
    const run = await trainCreditRun(config, data, { folds: foldsOf(args), backend, onProgress, signal });
    if (data.report) run.metrics.dataReport = data.report;
    return {
      artifact: { model: run.fitted.model, preprocess: run.preprocess as never, metrics: run.metrics as never, card: run.card },
      metrics: runSummary(run.metrics),
    };
  },
};
