// What the pages read on the server: the active model (through the model service, so the page shows
// what the API serves) and the latest run of each configuration with its full metrics (read from the
// run's artifact folder, once per run).
import { activeModelView, createRunMetricsReader, latestRunByConfig, summarizeRun, type LatestByConfig, type RunSummary } from '@atlas/service';
import type { TradeoffCard } from '@atlas/model-core';
import { CONFIG_NAMES, type ConfigName } from '../domain/configs';
import type { CreditPreprocess } from '../domain/preprocess';
import type { CreditMetrics } from '../domain/run-metrics';
import { models } from './service';

export interface ActiveView {
  run: RunSummary;
  metrics: CreditMetrics;
  card: TradeoffCard;
  preprocess: CreditPreprocess;
}

export function activeView(): Promise<{ active: ActiveView | null; error: string | null }> {
  return activeModelView(models, ({ run, model }) => ({ run: summarizeRun(run), metrics: model.metrics, card: model.card, preprocess: model.predictor.preprocess }));
}

export const readRunMetrics = createRunMetricsReader<CreditMetrics>();

export interface ConfigRun {
  run: RunSummary;
  metrics: CreditMetrics;
  card: TradeoffCard | null;
}

/** The latest succeeded run of each configuration on the Taiwan data (the active one if it is that configuration's). */
export function latestByConfig(): Promise<LatestByConfig<ConfigName, ConfigRun>> {
  return latestRunByConfig({
    domain: 'credit-risk',
    configs: CONFIG_NAMES,
    readMetrics: readRunMetrics,
    extra: (record) => ({ card: (record.tradeoffCard as unknown as TradeoffCard | null) ?? null }),
  });
}
