// What a domain app supplies to train its model, and the events a training run reports. One trainer
// object serves the CLI (`npx nx run <app>:train`), the training worker behind POST /api/train, and tests.
import type { BackendName, TradeoffCardInput, TrainingEvent } from '@atlas/model-core';
import type { ArtifactContents } from '@atlas/model-core/artifacts/index.node';
import type { JsonObject, JsonValue, RunStatus } from '@atlas/registry';

/** A named configuration a user picks ('scorecard', 'mlp', 'small', 'dp'...). */
export interface TrainingPreset<P> {
  description: string;
  /** Stored on the run as its params (JSON). */
  params: P;
  /** A short label for menus; default: the name. */
  label?: string;
}

/** What the server needs to know about a trainer without loading its training code. */
export interface TrainerInfo<P = JsonObject> {
  /** The registry domain, e.g. 'credit-risk'. */
  domain: string;
  /** The nx project with the `train` target; default: the domain. */
  app?: string;
  configs: Record<string, TrainingPreset<P>>;
  defaultConfig: string;
  /** The model kind stored on the run; default: the configuration name. */
  modelKind?: string | ((configName: string, params: P) => string);
  /** A backend to train on (e.g. 'wasm'); default: model-core's choice (ATLAS_TF_BACKEND, else the fastest). */
  backend?: BackendName;
  /** Extra flags of the train CLI, passed to loadData/train as `args`. */
  cliOptions?: Record<string, { type: 'string' | 'boolean'; description: string; short?: string }>;
}

export interface DatasetInfo {
  /** Registry id, e.g. 'uci-default-of-credit-card-clients' or '...-sample'. */
  id: string;
  name: string;
  source: string;
  license: string;
  rows: number;
  sha256?: string | null;
  /** True when this is the project's own small sample, not the real dataset. */
  isSample: boolean;
}

export interface LoadedData<D> {
  data: D;
  dataset: DatasetInfo;
}

export type TrainingArgs = Record<string, string | boolean>;

export interface LoadDataContext {
  /** --data: the user's own file (bring your own data). */
  dataPath?: string;
  args: TrainingArgs;
  seed?: number;
  signal: AbortSignal;
  log: (message: string) => void;
}

/**
 * Progress of the whole job, for trainers that fit several models (folds, ensemble members): the
 * stage, a sentence, and the share of the job done. `training` carries the current fit's own event.
 */
export interface JobProgress {
  stage: string;
  message: string;
  /** 0..1 of the whole job. */
  fraction: number;
  training?: TrainingEvent;
}

export interface TrainContext<D, P> {
  runId: string;
  configName: string;
  params: P;
  data: D;
  dataset: DatasetInfo;
  /**
   * Pass model-core TrainingEvents here (trainModel's onProgress), and/or JobProgress for a job of
   * several fits; the CLI bar and the Train page then show the job's overall fraction.
   */
  onProgress: (event: TrainingEvent | JobProgress) => void;
  /** Pass to trainModel: aborting it is how a run is cancelled. */
  signal: AbortSignal;
  /** The TensorFlow.js backend this process trains on. */
  backend: string;
  seed?: number;
  args: TrainingArgs;
  log: (message: string) => void;
}

export interface TrainResult {
  /** Saved with model-core's saveArtifact (atomically) to <ATLAS_HOME>/artifacts/<domain>/<runId>. */
  artifact: ArtifactContents;
  /** Stored on the run; `headline` defaults to the card's quality metric. Default: artifact.metrics. */
  metrics?: { [key: string]: JsonValue };
}

export interface DomainTrainer<D = unknown, P = JsonObject> extends TrainerInfo<P> {
  loadData(ctx: LoadDataContext): Promise<LoadedData<D>>;
  train(ctx: TrainContext<D, P>): Promise<TrainResult>;
}

export interface TrainingRequest {
  /** A key of trainer.configs; default trainer.defaultConfig. */
  config?: string;
  dataPath?: string;
  args?: TrainingArgs;
  seed?: number;
  /** An existing queued/running run to fill in (the job manager creates it); else a run is created. */
  runId?: string;
  /** 'if-none' (default): promote when the domain has no active model. */
  promote?: 'if-none' | 'always' | 'never';
}

export type TrainingPhase = 'queued' | 'data' | 'train' | 'save' | 'register';

export type TrainingJobEvent =
  | {
      type: 'status';
      runId: string;
      status: RunStatus;
      error?: string | null;
      metrics?: JsonObject | null;
      promoted?: boolean;
      at: string;
    }
  | { type: 'phase'; phase: TrainingPhase; message: string; at: string }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string; at: string }
  | { type: 'progress'; stage: string; message: string; fraction: number; at: string }
  | TrainingEvent;

export type FinalStatus = 'succeeded' | 'failed' | 'cancelled';

export interface TrainingOutcome {
  runId: string | null;
  config: string;
  status: FinalStatus;
  error: string | null;
  artifactPath: string | null;
  artifactSha256: string | null;
  metrics: JsonObject | null;
  card: TradeoffCardInput | null;
  promoted: boolean;
  /** Wall time of the whole flow, data included. */
  seconds: number;
  backend: string | null;
  isSample: boolean | null;
}

export function isFinalStatus(status: string): status is FinalStatus {
  return status === 'succeeded' || status === 'failed' || status === 'cancelled';
}

/** An outcome with nothing produced: the start of a run, or a run that ended before any result. */
export function emptyOutcome(runId: string | null, config: string, status: TrainingOutcome['status'], error: string | null): TrainingOutcome {
  return {
    runId,
    config,
    status,
    error,
    artifactPath: null,
    artifactSha256: null,
    metrics: null,
    card: null,
    promoted: false,
    seconds: 0,
    backend: null,
    isSample: null,
  };
}
