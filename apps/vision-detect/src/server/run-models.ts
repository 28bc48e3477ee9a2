// The model of a chosen run (the Try page's configuration choice): the active run through the model
// service, any other succeeded run of this domain loaded on demand and kept in a small cache.
import { getRun } from '@atlas/registry';
import { HttpError, processSingleton } from '@atlas/service';
import { loadDetector, type LoadedDetector } from './load-model';
import { DOMAIN, models } from './service';

const CACHE_SIZE = 3;
const cache = processSingleton(`${DOMAIN}:run-models`, () => new Map<string, Promise<LoadedDetector>>());

export interface ChosenModel {
  run: { id: string; config: string };
  model: LoadedDetector;
}

/** Runs `fn` with the model of `runId` (the active one when absent). */
export async function withModel<T>(runId: string | undefined, fn: (chosen: ChosenModel) => T | Promise<T>): Promise<T> {
  const active = await models.current();
  if (!runId || active?.run.id === runId) {
    return models.use(({ run, model }) => fn({ run: { id: run.id, config: run.config }, model }));
  }
  const run = await getRun(runId);
  if (!run || run.domain !== DOMAIN || run.status !== 'succeeded' || !run.artifactPath) {
    throw new HttpError(404, { error: 'not_found', message: `runId: no trained ${DOMAIN} run ${runId}`, issues: [{ field: 'runId', reason: 'no such trained run' }] });
  }
  let loading = cache.get(run.id);
  if (!loading) {
    loading = loadDetector(run.artifactPath, run.artifactSha256);
    loading.catch(() => cache.delete(run.id));
    cache.set(run.id, loading);
    while (cache.size > CACHE_SIZE) {
      const oldest = cache.keys().next().value as string;
      const evicted = cache.get(oldest);
      cache.delete(oldest);
      // Disposed after a grace period so a request still using it can finish.
      void evicted?.then((m) => setTimeout(() => m.dispose(), 30_000).unref?.());
    }
  }
  return fn({ run: { id: run.id, config: run.config }, model: await loading });
}
