// Promotion inside this process: the model services of a domain hear of it at once instead of at
// their next periodic check. Other processes (other app instances, the CLI) are caught by the check.
import { promoteRun, type ModelRunRecord } from '@atlas/registry';

type Listener = (domain: string) => void;
const BUS = Symbol.for('atlas.service.promotionListeners');

function listeners(): Set<Listener> {
  const holder = globalThis as unknown as Record<symbol, Set<Listener> | undefined>;
  holder[BUS] ??= new Set();
  return holder[BUS];
}

export function onPromotion(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export function announcePromotion(domain: string): void {
  for (const listener of listeners()) {
    try {
      listener(domain);
    } catch (err) {
      console.error('[atlas] promotion listener failed', err);
    }
  }
}

/** registry.promoteRun, then every model service of the run's domain in this process re-reads the active run. */
export async function promoteAndRefresh(runId: string): Promise<ModelRunRecord> {
  const run = await promoteRun(runId);
  announcePromotion(run.domain);
  return run;
}
