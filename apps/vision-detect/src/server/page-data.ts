// What the pages read on the server: the active model (through the model service, so the page shows
// what the API serves) and the latest run of each configuration with its full metrics (read from the
// run's artifact folder, once per run).
import { listRuns, type ModelRunRecord } from '@atlas/registry';
import { summarizeRun, type RunSummary } from '@atlas/service';
import type { TradeoffCard } from '@atlas/model-core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
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

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function activeView(): Promise<{ active: ActiveView | null; error: string | null }> {
  try {
    const loaded = await models.current();
    if (!loaded) return { active: null, error: null };
    const { run, model } = loaded;
    return { active: { run: summarizeRun(run), metrics: model.metrics, card: model.card, spec: model.detector.spec }, error: null };
  } catch (error) {
    return { active: null, error: errorText(error) };
  }
}

const metricsCache = new Map<string, Promise<VisionMetrics | null>>();

export function readRunMetrics(run: Pick<ModelRunRecord, 'id' | 'artifactPath'>): Promise<VisionMetrics | null> {
  if (!run.artifactPath) return Promise.resolve(null);
  const dir = run.artifactPath;
  if (!metricsCache.has(run.id)) {
    metricsCache.set(
      run.id,
      readFile(path.join(dir, 'metrics.json'), 'utf8')
        .then((text) => JSON.parse(text) as VisionMetrics)
        .catch(() => null),
    );
  }
  return metricsCache.get(run.id) as Promise<VisionMetrics | null>;
}

export interface ConfigRun {
  run: RunSummary;
  metrics: VisionMetrics;
}

/** The latest succeeded run of each configuration on the road-sign data (the active one first). */
export async function latestByConfig(): Promise<{ byConfig: Partial<Record<ConfigName, ConfigRun>>; runs: RunSummary[]; error: string | null }> {
  try {
    const records = await listRuns(DOMAIN, { limit: 100 });
    const byConfig: Partial<Record<ConfigName, ConfigRun>> = {};
    for (const name of CONFIG_NAMES) {
      const candidates = records.filter((r) => r.config === name && r.status === 'succeeded');
      const ordered = [...candidates.filter((r) => r.active), ...candidates.filter((r) => !r.active)];
      for (const record of ordered) {
        const metrics = await readRunMetrics(record);
        if (!metrics || metrics.dataset.source === 'custom') continue;
        byConfig[name] = { run: summarizeRun(record), metrics };
        break;
      }
    }
    return { byConfig, runs: records.map(summarizeRun), error: null };
  } catch (error) {
    return { byConfig: {}, runs: [], error: errorText(error) };
  }
}
