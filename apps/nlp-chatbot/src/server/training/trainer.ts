// The nlp-chatbot trainer of the shared training flow (@atlas/service): the train CLI, the worker
// behind POST /api/train and the tests all run it. loadData reads CLINC150 (or the user's own
// intents with --data); train fits, calibrates the out-of-scope threshold, evaluates and returns the
// artifact. Node only.
import type { DomainTrainer, TrainingArgs } from '@atlas/service';
import { CONFIGS, type IntentConfig } from '../../domain/configs';
import { trainIntentRun } from '../../domain/train-run';
import { trainerInfo } from '../../domain/trainer-info';
import { loadClincData, type IntentTrainingData } from './clinc-data';
import { loadCustomIntents } from './custom-file';
import { runSummary } from './run-summary';

/** The configuration as trained: the preset, a --seed override, and the --quick shrink. */
export function effectiveConfig(params: IntentConfig, args: TrainingArgs, seed?: number): IntentConfig {
  const config = { ...params, ...(seed === undefined ? {} : { seed }) };
  return args.quick === true ? { ...config, epochs: 2 } : config;
}

export const trainer: DomainTrainer<IntentTrainingData, IntentConfig> = {
  ...trainerInfo,
  async loadData({ dataPath, args, seed }) {
    if (dataPath) return loadCustomIntents(dataPath, { seed });
    return loadClincData({ seed, source: args.sample === true ? 'sample' : 'auto' });
  },
  async train({ configName, params, data, onProgress, signal, backend, seed, args }) {
    const config = effectiveConfig({ ...CONFIGS[configName as keyof typeof CONFIGS], ...params }, args, seed);
    const run = await trainIntentRun(config, data, { backend, onProgress, signal });
    run.metrics.dataReport = data.report;
    return {
      artifact: { model: run.model, preprocess: run.preprocess as never, metrics: run.metrics as never, card: run.card },
      metrics: runSummary(run.metrics),
    };
  },
};
