// What the pages read on the server: the active model (through the model service, so the page shows
// what the API serves) and the latest run of each configuration with its full metrics (read from the
// run's artifact folder, once per run).
import { listRuns, type ModelRunRecord } from '@atlas/registry';
import { summarizeRun, type RunSummary } from '@atlas/service';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_NAMES, type IntentConfigName } from '../domain/configs';
import type { IntentPreprocess } from '../domain/preprocess';
import type { IntentMetrics } from '../domain/train-run';
import { models } from './service';

export interface ActiveView {
  run: RunSummary;
  metrics: IntentMetrics;
  card: import("@atlas/model-core").TradeoffCard;
  preprocess: IntentPreprocess;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function activeView(): Promise<{ active: ActiveView | null; error: string | null }> {
  try {
    const loaded = await models.current();
    if (!loaded) return { active: null, error: null };
    const { run, model } = loaded;
    return { active: { run: summarizeRun(run), metrics: model.metrics, card: model.card, preprocess: model.predictor.preprocess }, error: null };
  } catch (error) {
    return { active: null, error: errorText(error) };
  }
}

const metricsCache = new Map<string, Promise<IntentMetrics | null>>();

export function readRunMetrics(run: Pick<ModelRunRecord, 'id' | 'artifactPath'>): Promise<IntentMetrics | null> {
  if (!run.artifactPath) return Promise.resolve(null);
  const dir = run.artifactPath;
  if (!metricsCache.has(run.id)) {
    metricsCache.set(
      run.id,
      readFile(path.join(dir, 'metrics.json'), 'utf8')
        .then((text) => JSON.parse(text) as IntentMetrics)
        .catch(() => null),
    );
  }
  return metricsCache.get(run.id) as Promise<IntentMetrics | null>;
}

export interface ConfigRun {
  run: RunSummary;
  metrics: IntentMetrics;
}

/** The latest succeeded CLINC150 run of each configuration (the active one first). */
export async function latestByConfig(): Promise<{ byConfig: Partial<Record<IntentConfigName, ConfigRun>>; runs: RunSummary[]; error: string | null }> {
  try {
    const records = await listRuns('nlp-chatbot', { limit: 100 });
    const byConfig: Partial<Record<IntentConfigName, ConfigRun>> = {};
    for (const name of CONFIG_NAMES) {
      const candidates = records.filter((r) => r.config === name && r.status === 'succeeded');
      for (const record of [...candidates.filter((r) => r.active), ...candidates.filter((r) => !r.active)]) {
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

