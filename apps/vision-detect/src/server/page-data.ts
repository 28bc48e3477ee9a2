// What the pages read on the server: the active model (through the model service, so the page shows
// what the API serves) and the latest run of each configuration with its full metrics (read from the
// run's artifact folder, once per run).
import { activeModelView, createRunMetricsReader, latestRunByConfig, summarizeRun, type LatestByConfig, type RunSummary } from '@atlas/service';
import type { TradeoffCard } from '@atlas/model-core';
import { CONFIG_NAMES, type ConfigName } from '../domain/configs';
import type { DetectorSpec } from '../domain/run-detector';
import type { VisionMetrics } from '../domain/run-metrics';
import { DOMAIN, models } from './service';

export interface ActiveView {
  run: RunSummary;
  metrics: VisionMetrics;
  card: TradeoffCard;
  spec: DetectorSpec;
}

export function activeView(): Promise<{ active: ActiveView | null; error: string | null }> {
  return activeModelView(models, ({ run, model }) => ({ run: summarizeRun(run), metrics: model.metrics, card: model.card, spec: model.detector.spec }));
}

export const readRunMetrics = createRunMetricsReader<VisionMetrics>();

export interface ConfigRun {
  run: RunSummary;
  metrics: VisionMetrics;
}

/** The latest succeeded run of each configuration on the road-sign data (the active one first). */
export function latestByConfig(): Promise<LatestByConfig<ConfigName, ConfigRun>> {
  return latestRunByConfig({ domain: DOMAIN, configs: CONFIG_NAMES, readMetrics: readRunMetrics });
}
