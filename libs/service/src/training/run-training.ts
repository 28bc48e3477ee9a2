// The one training flow behind both `npx nx run <app>:train` and the worker of POST /api/train:
// data -> dataset record -> run record -> train -> artifact (atomic) -> finished run -> promotion.
// It never throws for a training failure: the outcome says what happened and the run records it, so
// a caller cannot forget to mark a run failed.
import { rm } from 'node:fs/promises';
import { isAbortError, parseTradeoffCard, type TrainingEvent } from '@atlas/model-core';
import { saveArtifact } from '@atlas/model-core/artifacts/index.node';
import { initRuntime } from '@atlas/model-core/runtime/node';
import { createRun, finishRun, promoteRun, readActiveModel, upsertDataset, type JsonObject, type JsonValue } from '@atlas/registry';
import { artifactDirFor, markRunStarted } from './run-record';
import { claimRun, holdRun, releaseRun } from './run-leases';
import { emptyOutcome, type DomainTrainer, type JobProgress, type LoadedData, type TrainingJobEvent, type TrainingOutcome, type TrainingPhase, type TrainingRequest } from './types';

export interface RunTrainingHooks<D> {
  onEvent?: (event: TrainingJobEvent) => void;
  signal?: AbortSignal;
  /** Data already loaded (the CLI trains several configurations on one load). */
  data?: LoadedData<D>;
}

const now = () => new Date().toISOString();

function messageOf(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.length > 2000 ? `${text.slice(0, 1997)}...` : text;
}

export function modelKindOf<P>(trainer: Pick<DomainTrainer<unknown, P>, 'modelKind'>, configName: string, params: P): string {
  if (typeof trainer.modelKind === 'function') return trainer.modelKind(configName, params);
  return trainer.modelKind ?? configName;
}

/** The configuration a request names, or an error listing the valid ones. */
export function resolveConfig<P>(trainer: Pick<DomainTrainer<unknown, P>, 'configs' | 'defaultConfig'>, name?: string) {
  const configName = name ?? trainer.defaultConfig;
  const preset = Object.prototype.hasOwnProperty.call(trainer.configs, configName) ? trainer.configs[configName] : undefined;
  if (!preset) throw new RangeError(`unknown configuration "${configName}"; expected one of: ${Object.keys(trainer.configs).join(', ')}`);
  return { configName, preset };
}

/** Loads the data of a request (with the 'data' phase event); shared by runTraining and the CLI. */
export async function loadTrainingData<D, P>(
  trainer: DomainTrainer<D, P>,
  request: TrainingRequest,
  hooks: Pick<RunTrainingHooks<D>, 'onEvent' | 'signal'> = {},
): Promise<LoadedData<D>> {
  const emit = hooks.onEvent ?? (() => undefined);
  emit({ type: 'phase', phase: 'data', message: request.dataPath ? `reading ${request.dataPath}` : 'building the dataset', at: now() });
  const loaded = await trainer.loadData({
    dataPath: request.dataPath,
    args: request.args ?? {},
    seed: request.seed,
    signal: hooks.signal ?? new AbortController().signal,
    log: (message) => emit({ type: 'log', level: 'info', message, at: now() }),
  });
  const d = loaded.dataset;
  emit({ type: 'log', level: 'info', message: `dataset ${d.name}: ${d.rows} rows${d.isSample ? ' (the project sample, not the real data)' : ''}`, at: now() });
  return loaded;
}

function headlineOf(metrics: { [key: string]: JsonValue }, card: ReturnType<typeof parseTradeoffCard>): JsonObject {
  const given = metrics.headline as { name?: unknown; value?: unknown } | undefined;
  if (given && typeof given.name === 'string' && typeof given.value === 'number') return metrics as JsonObject;
  return { ...metrics, headline: { name: card.quality.metric, value: card.quality.value } } as JsonObject;
}

function asObject(value: JsonValue | undefined): { [key: string]: JsonValue } {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

export async function runTraining<D, P>(
  trainer: DomainTrainer<D, P>,
  request: TrainingRequest = {},
  hooks: RunTrainingHooks<D> = {},
): Promise<TrainingOutcome> {
  const startedAt = performance.now();
  const signal = hooks.signal ?? new AbortController().signal;
  const emit = (event: TrainingJobEvent) => {
    try {
      hooks.onEvent?.(event);
    } catch (err) {
      console.error('[atlas] a training event listener failed', err);
    }
  };
  const phase = (p: TrainingPhase, message: string) => emit({ type: 'phase', phase: p, message, at: now() });
  const log = (message: string) => emit({ type: 'log', level: 'info', message, at: now() });

  const outcome: TrainingOutcome = emptyOutcome(request.runId ?? null, request.config ?? trainer.defaultConfig, 'failed', null);
  /** Set once the run is stored as succeeded: a later error (promotion) does not undo that. */
  let recorded = false;
  let heldRun: string | null = null;
  const abortIfCancelled = () => {
    if (signal.aborted) throw Object.assign(new Error('training was cancelled'), { name: 'AbortError' });
  };

  try {
    const { configName, preset } = resolveConfig(trainer, request.config);
    const runtime = await initRuntime(trainer.backend ? { backend: trainer.backend } : undefined);
    outcome.backend = runtime.backend;
    const loaded = hooks.data ?? (await loadTrainingData(trainer, request, { onEvent: emit, signal }));
    outcome.isSample = loaded.dataset.isSample;
    abortIfCancelled();

    await upsertDataset({ ...loaded.dataset, domain: trainer.domain });
    // The lease says this process is alive and owns the run: a kill -9 leaves a run that the next
    // start marks failed (recoverInterruptedRuns).
    if (outcome.runId) {
      holdRun(outcome.runId);
      heldRun = outcome.runId;
      await markRunStarted(outcome.runId, { datasetId: loaded.dataset.id, backend: runtime.backend });
    } else {
      const claim = claimRun(trainer.domain);
      try {
        const run = await createRun({
          domain: trainer.domain,
          modelKind: modelKindOf(trainer, configName, preset.params),
          config: configName,
          params: preset.params as JsonObject,
          backend: runtime.backend,
          datasetId: loaded.dataset.id,
        });
        claim.attach(run.id);
        heldRun = run.id;
        outcome.runId = run.id;
      } finally {
        claim.done();
      }
    }
    const runId = outcome.runId;
    emit({ type: 'status', runId, status: 'running', at: now() });

    phase('train', `training ${configName} on ${runtime.backend}`);
    const result = await trainer.train({
      runId,
      configName,
      params: preset.params,
      data: loaded.data,
      dataset: loaded.dataset,
      onProgress: (event: TrainingEvent | JobProgress) => {
        if ('type' in event) return emit(event);
        emit({ type: 'progress', stage: event.stage, message: event.message, fraction: Math.min(1, Math.max(0, event.fraction)), at: now() });
        if (event.training) emit(event.training);
      },
      signal,
      backend: runtime.backend,
      seed: request.seed,
      args: request.args ?? {},
      log,
    });
    // A trainer that ignored the signal still ends as cancelled: the user asked to stop.
    abortIfCancelled();

    phase('save', 'writing the artifact');
    const card = parseTradeoffCard(result.artifact.card);
    const saved = await saveArtifact(artifactDirFor(trainer.domain, runId), result.artifact);
    outcome.artifactPath = saved.dir;
    outcome.artifactSha256 = saved.manifest.sha256;
    outcome.card = card;
    outcome.metrics = headlineOf(result.metrics ?? asObject(result.artifact.metrics), card);

    phase('register', 'recording the run');
    await finishRun(runId, {
      status: 'succeeded',
      metrics: outcome.metrics,
      tradeoffCard: card as unknown as JsonObject,
      artifactPath: saved.dir,
      artifactSha256: saved.manifest.sha256,
    });
    outcome.status = 'succeeded';
    recorded = true;
    const policy = request.promote ?? 'if-none';
    if (policy === 'always' || (policy === 'if-none' && (await readActiveModel(trainer.domain)).model === null)) {
      await promoteRun(runId);
      outcome.promoted = true;
      log(`run ${runId} promoted: it is now the active model`);
    }
  } catch (err) {
    if (recorded) {
      outcome.error = `the run succeeded but promoting it failed: ${messageOf(err)}`;
      console.error(`[atlas] ${trainer.domain}: promoting run ${outcome.runId} failed`, err);
    } else {
      const cancelled = signal.aborted || isAbortError(err);
      outcome.status = cancelled ? 'cancelled' : 'failed';
      // A string reason says why it stopped (e.g. the server went away); a user's cancel has none.
      outcome.error = cancelled ? (typeof signal.reason === 'string' ? signal.reason : 'cancelled') : messageOf(err);
      if (!cancelled) console.error(`[atlas] ${trainer.domain}: training ${outcome.config} failed`, err);
      if (outcome.artifactPath) {
        // Saved but never registered: no run points at it, so it is removed rather than left orphaned.
        await rm(outcome.artifactPath, { recursive: true, force: true }).catch(() => undefined);
        outcome.artifactPath = null;
        outcome.artifactSha256 = null;
      }
      if (outcome.runId) {
        await finishRun(outcome.runId, { status: outcome.status, error: outcome.error }).catch((finishErr: unknown) => {
          console.error(`[atlas] ${trainer.domain}: recording the end of run ${outcome.runId} failed`, finishErr);
        });
      }
    }
  }
  if (heldRun) releaseRun(heldRun);
  outcome.seconds = (performance.now() - startedAt) / 1000;
  if (outcome.runId) {
    emit({ type: 'status', runId: outcome.runId, status: outcome.status, error: outcome.error, metrics: outcome.metrics, promoted: outcome.promoted, at: now() });
  }
  return outcome;
}
