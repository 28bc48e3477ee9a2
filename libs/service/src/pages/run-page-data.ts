// What an app's pages read on the server, the same in every app with a model service and named
// configurations: the active model as a page shows it, each run's full metrics (read once from the
// run's artifact folder) and the latest succeeded run of each configuration.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listRuns, type ModelRunRecord } from '@atlas/registry';
import { summarizeRun, type RunSummary } from '../compare/run-summary';
import type { LoadedModel, ModelService } from '../model/model-service';

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The serving model as `view` shapes it for a page (null when none is active), or why it failed to load. */
export async function activeModelView<M, V>(
  models: Pick<ModelService<M>, 'current'>,
  view: (loaded: LoadedModel<M>) => V,
): Promise<{ active: V | null; error: string | null }> {
  try {
    const loaded = await models.current();
    return { active: loaded ? view(loaded) : null, error: null };
  } catch (error) {
    return { active: null, error: errorText(error) };
  }
}

export type RunMetricsReader<T> = (run: Pick<ModelRunRecord, 'id' | 'artifactPath'>) => Promise<T | null>;

/** Reads a run's metrics.json once per run id (null when the run has no artifacts or the file is unreadable). */
export function createRunMetricsReader<T>(): RunMetricsReader<T> {
  const cache = new Map<string, Promise<T | null>>();
  return (run) => {
    if (!run.artifactPath) return Promise.resolve(null);
    let metrics = cache.get(run.id);
    if (!metrics) {
      metrics = readFile(path.join(run.artifactPath, 'metrics.json'), 'utf8')
        .then((text) => JSON.parse(text) as T)
        .catch(() => null);
      cache.set(run.id, metrics);
    }
    return metrics;
  };
}

export interface LatestByConfigOptions<Name extends string, T, Extra> {
  domain: string;
  configs: readonly Name[];
  readMetrics: RunMetricsReader<T>;
  /** Fields added to each entry from its run record (for example its tradeoff card). */
  extra?: (record: ModelRunRecord) => Extra;
}

export interface LatestByConfig<Name extends string, Entry> {
  byConfig: Partial<Record<Name, Entry>>;
  runs: RunSummary[];
  error: string | null;
}

/**
 * The latest succeeded run of each configuration with its metrics, the active run first when it is
 * that configuration's; runs on a custom dataset are passed over, so the comparison stays on the
 * domain's own data. Also every run (newest first, as the registry lists them), or why the registry failed.
 */
export async function latestRunByConfig<Name extends string, T extends { dataset: { source: string } }, Extra extends object = Record<never, never>>(
  options: LatestByConfigOptions<Name, T, Extra>,
): Promise<LatestByConfig<Name, { run: RunSummary; metrics: T } & Extra>> {
  try {
    const records = await listRuns(options.domain, { limit: 100 });
    const byConfig: Partial<Record<Name, { run: RunSummary; metrics: T } & Extra>> = {};
    for (const name of options.configs) {
      const candidates = records.filter((r) => r.config === name && r.status === 'succeeded');
      const ordered = [...candidates.filter((r) => r.active), ...candidates.filter((r) => !r.active)];
      for (const record of ordered) {
        const metrics = await options.readMetrics(record);
        if (!metrics || metrics.dataset.source === 'custom') continue;
        byConfig[name] = { run: summarizeRun(record), metrics, ...(options.extra?.(record) as Extra) };
        break;
      }
    }
    return { byConfig, runs: records.map(summarizeRun), error: null };
  } catch (error) {
    return { byConfig: {}, runs: [], error: errorText(error) };
  }
}
