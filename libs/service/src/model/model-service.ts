// The model a domain app serves: the artifact of the domain's ACTIVE run, loaded once per process and
// swapped only when the active run changes (a promotion). The old model keeps answering while the new
// one loads, and is disposed once no caller holds it, so a promotion never fails a request.
import { initRuntime } from '@atlas/model-core/runtime/node';
import { getRun, readActiveModel, type ModelRunRecord } from '@atlas/registry';
import { HttpError } from '../http/http-error';
import { ModelUnavailableError, NoActiveModelError } from './model-errors';
import { onPromotion } from './promotion-bus';

export interface LoadInfo {
  run: ModelRunRecord;
  /** The registry's sha256 of the artifact: pass it to model-core's loadArtifact to verify the files. */
  expectedSha256: string | null;
}

export interface ModelServiceOptions<M> {
  /** The registry domain, e.g. 'credit-risk'. */
  domain: string;
  /** The nx project whose `train` target fixes a missing model; default: the domain. */
  app?: string;
  load: (artifactDir: string, info: LoadInfo) => Promise<M>;
  /** Frees a replaced model (e.g. `(m) => m.model.dispose()`, to release its tensors). */
  dispose?: (model: M) => void | Promise<void>;
  /** The active run id is re-read at most this often. Default 1000 ms. */
  checkIntervalMs?: number;
  /** A run whose artifact failed to load is not tried again for this long. Default 30 s. */
  retryFailedAfterMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface LoadedModel<M> {
  run: ModelRunRecord;
  model: M;
}

export type ModelServiceState = 'empty' | 'loading' | 'ready' | 'error';

export interface ModelServiceStatus {
  state: ModelServiceState;
  /** The run being served. */
  runId: string | null;
  /** A run whose artifact is loading now (while `runId` keeps serving). */
  loadingRunId: string | null;
  error: string | null;
}

export interface ModelService<M> {
  readonly domain: string;
  readonly app: string;
  /** The serving model, loading it on first use; null when the domain has no active run. */
  current(): Promise<LoadedModel<M> | null>;
  /** Like current(), but throws NoActiveModelError (503 with the train command) instead of null. */
  require(): Promise<LoadedModel<M>>;
  /** Runs fn with the model held: a promotion during fn does not dispose it until fn settles. */
  use<T>(fn: (loaded: LoadedModel<M>) => T | Promise<T>): Promise<T>;
  /** Re-reads the active run now; a changed run starts loading in the background. */
  refresh(): Promise<void>;
  /** Waits for a load in progress (tests, warm-up). */
  settled(): Promise<void>;
  status(): ModelServiceStatus;
  close(): Promise<void>;
}

interface Slot<M> {
  run: ModelRunRecord;
  model: M;
  holds: number;
  retired: boolean;
  disposed: boolean;
}

export function createModelService<M>(options: ModelServiceOptions<M>): ModelService<M> {
  const { domain } = options;
  const app = options.app ?? domain;
  const interval = options.checkIntervalMs ?? 1000;
  const retryAfter = options.retryFailedAfterMs ?? 30_000;
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));

  let serving: Slot<M> | null = null;
  let lastCheckAt = -Infinity;
  let checking: Promise<void> | null = null;
  let loading: { runId: string; done: Promise<void> } | null = null;
  let recheckAfterLoad = false;
  let hasActiveRun = false;
  let lastError: string | null = null;
  const failures = new Map<string, { at: number; message: string }>();
  let closed = false;

  const stopListening = onPromotion((promoted) => {
    if (promoted === domain && !closed) void refresh();
  });

  async function disposeSlot(slot: Slot<M>): Promise<void> {
    if (slot.disposed) return;
    slot.disposed = true;
    try {
      await options.dispose?.(slot.model);
    } catch (err) {
      log(`[atlas] ${domain}: disposing the model of run ${slot.run.id} failed`, err);
    }
  }

  function retire(slot: Slot<M> | null): void {
    if (!slot) return;
    slot.retired = true;
    if (slot.holds === 0) void disposeSlot(slot);
  }

  function startLoad(runId: string): void {
    const done = (async () => {
      try {
        const run = await getRun(runId);
        if (!run) throw new Error(`run ${runId} is no longer in the registry`);
        if (!run.artifactPath) throw new Error(`run ${runId} has no artifact path`);
        // Loaders build tensors: the TensorFlow.js backend must be chosen first (idempotent).
        await initRuntime();
        const model = await options.load(run.artifactPath, { run, expectedSha256: run.artifactSha256 });
        const slot: Slot<M> = { run, model, holds: 0, retired: false, disposed: false };
        if (closed) {
          retire(slot);
          return;
        }
        const old = serving;
        serving = slot;
        lastError = null;
        failures.delete(runId);
        retire(old);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        failures.set(runId, { at: Date.now(), message });
        lastError = `loading run ${runId} failed: ${message}`;
        log(`[atlas] ${domain}: ${lastError}`, err);
      } finally {
        loading = null;
        if (recheckAfterLoad && !closed) {
          recheckAfterLoad = false;
          void check();
        }
      }
    })();
    loading = { runId, done };
  }

  async function check(): Promise<void> {
    lastCheckAt = Date.now();
    const { model: active, error } = await readActiveModel(domain);
    if (closed) return;
    if (error) {
      // Keep serving what is loaded: a registry hiccup should not take predictions down.
      lastError = error;
      return;
    }
    hasActiveRun = active !== null;
    if (!active) {
      // The registry has no active run any more (e.g. a reset database): stop serving the old one.
      const old = serving;
      serving = null;
      retire(old);
      if (!loading) lastError = null;
      return;
    }
    if (serving?.run.id === active.id) return;
    if (loading) {
      if (loading.runId !== active.id) recheckAfterLoad = true;
      return;
    }
    const failed = failures.get(active.id);
    if (failed && Date.now() - failed.at < retryAfter) return;
    startLoad(active.id);
  }

  function maybeCheck(force: boolean): Promise<void> {
    if (checking) return checking;
    if (!force && Date.now() - lastCheckAt < interval) return Promise.resolve();
    checking = check().finally(() => {
      checking = null;
    });
    return checking;
  }

  async function refresh(): Promise<void> {
    if (checking) await checking;
    await maybeCheck(true);
  }

  async function currentSlot(): Promise<Slot<M> | null> {
    if (closed) throw new ModelUnavailableError(domain, 'the model service is closed');
    await maybeCheck(false);
    // Nothing serves yet: the first request waits for the first load; later switches do not wait.
    if (!serving && loading) await loading.done;
    if (serving) return serving;
    if (!hasActiveRun && lastError === null) return null;
    if (!hasActiveRun && lastError) throw new HttpError(503, { error: 'database_unavailable', message: lastError });
    throw new ModelUnavailableError(domain, lastError ?? 'the active model is not loaded');
  }

  const view = (slot: Slot<M>): LoadedModel<M> => ({ run: slot.run, model: slot.model });

  async function use<T>(fn: (loaded: LoadedModel<M>) => T | Promise<T>): Promise<T> {
    const slot = await currentSlot();
    if (!slot) throw new NoActiveModelError(domain, app);
    slot.holds += 1;
    try {
      return await fn(view(slot));
    } finally {
      slot.holds -= 1;
      if (slot.retired && slot.holds === 0) void disposeSlot(slot);
    }
  }

  return {
    domain,
    app,
    async current() {
      const slot = await currentSlot();
      return slot ? view(slot) : null;
    },
    async require() {
      const slot = await currentSlot();
      if (!slot) throw new NoActiveModelError(domain, app);
      return view(slot);
    },
    use,
    refresh,
    async settled() {
      if (checking) await checking;
      while (loading) await loading.done;
    },
    status() {
      const state: ModelServiceState = loading && !serving ? 'loading' : serving ? 'ready' : lastError ? 'error' : 'empty';
      return { state, runId: serving?.run.id ?? null, loadingRunId: loading?.runId ?? null, error: lastError };
    },
    async close() {
      closed = true;
      stopListening();
      if (loading) await loading.done;
      const old = serving;
      serving = null;
      retire(old);
      if (old && old.holds === 0) await disposeSlot(old);
    },
  };
}
