// What the pages read on the server: the active model (through the model service, so the page shows
// what the API serves) and the latest run of each configuration with its full metrics (read from the
// run's artifact folder, once per run).
import { activeModelView, createRunMetricsReader, latestRunByConfig, summarizeRun, type LatestByConfig, type RunSummary } from '@atlas/service';
import type { TradeoffCard } from '@atlas/model-core';
import { CONFIG_NAMES, type IntentConfigName } from '../domain/configs';
import type { IntentPreprocess } from '../domain/preprocess';
import type { IntentMetrics } from '../domain/train-run';
import { models } from './service';

export interface ActiveView {
  run: RunSummary;
  metrics: IntentMetrics;
  card: TradeoffCard;
  preprocess: IntentPreprocess;
}

export function activeView(): Promise<{ active: ActiveView | null; error: string | null }> {
  return activeModelView(models, ({ run, model }) => ({ run: summarizeRun(run), metrics: model.metrics, card: model.card, preprocess: model.predictor.preprocess }));
}

export const readRunMetrics = createRunMetricsReader<IntentMetrics>();

export interface ConfigRun {
  run: RunSummary;
  metrics: IntentMetrics;
}

/** The latest succeeded CLINC150 run of each configuration (the active one first). */
export function latestByConfig(): Promise<LatestByConfig<IntentConfigName, ConfigRun>> {
  return latestRunByConfig({ domain: 'nlp-chatbot', configs: CONFIG_NAMES, readMetrics: readRunMetrics });
}
