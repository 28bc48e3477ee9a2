// Training jobs of one domain in one app process: start (the run is in the registry before start()
// returns), a FIFO queue beyond `maxConcurrent`, cancellation, and the job's events fanned out to any
// number of subscribers. A late subscriber first gets the history (every event but superseded step
// events), then the live ones; the stream ends with the final status.
import type { TrainingEvent } from '@atlas/model-core';
import { createRun, finishRun, getRun, type JsonObject, type RunStatus } from '@atlas/registry';
import { invalidInputError } from '../http/http-error';
import type { SseMessage } from '../sse/sse-frame';
import { modelKindOf, resolveConfig } from '../training/run-training';
import { emptyOutcome, isFinalStatus, type FinalStatus, type TrainerInfo, type TrainingArgs, type TrainingJobEvent, type TrainingOutcome } from '../training/types';
import { recoverOnce } from '../training/recover-runs';
import { claimRun, releaseRun } from '../training/run-leases';
import { forkRunner, type JobRunner } from './runners';

export interface TrainingJobsOptions<P = unknown> {
  /** Domain, configurations and model kinds: the trainer itself, or only its description. */
  trainer: TrainerInfo<P>;
  /** The module exporting `trainer` that the worker process loads (repo-relative or absolute). */
  trainerModule?: string;
  /** How jobs run; default forkRunner({ trainerModule }). */
  runner?: JobRunner;
  /** Jobs running at once; more wait in a queue (status 'queued'). Default 1: training is CPU-bound. */
  maxConcurrent?: number;
  /** Finished jobs kept in memory for late subscribers. Default 20. */
  keepFinished?: number;
  cancelGraceMs?: number;
  env?: Record<string, string>;
}

export interface StartJobRequest {
  config?: string;
  dataPath?: string;
  args?: TrainingArgs;
  seed?: number;
  promote?: 'if-none' | 'always' | 'never';
}

export interface JobSnapshot {
  runId: string;
  config: string;
  status: RunStatus;
  error: string | null;
  promoted: boolean;
  cancelRequested: boolean;
  startedAt: string;
  finishedAt: string | null;
  /** The latest training progress (start, step, epoch or end event). */
  progress: TrainingEvent | null;
  /** The latest whole-job progress of a trainer that reports it (stage, message, fraction). */
  jobProgress: { stage: string; message: string; fraction: number } | null;
}

export interface StoredEvent {
  id: number;
  event: TrainingJobEvent;
}

export interface TrainingJobs {
  readonly domain: string;
  start(request: StartJobRequest): Promise<JobSnapshot>;
  cancel(runId: string): Promise<JobSnapshot | null>;
  get(runId: string): JobSnapshot | null;
  list(): JobSnapshot[];
  /** Events of a job known to this process (history, then live; ends after the final status); null if unknown. */
  events(runId: string, options?: { afterId?: number }): AsyncIterable<SseMessage> | null;
  /** Raw listener for live events; returns unsubscribe, or null for an unknown job. */
  subscribe(runId: string, listener: (event: StoredEvent) => void): (() => void) | null;
  /** Resolves when the job has finished and its run is final in the registry. */
  whenDone(runId: string): Promise<JobSnapshot | null>;
  close(): Promise<void>;
}

interface Job {
  runId: string;
  config: string;
  request: StartJobRequest;
  status: RunStatus;
  error: string | null;
  promoted: boolean;
  startedAt: Date;
  finishedAt: Date | null;
  controller: AbortController;
  history: StoredEvent[];
  lastStep: StoredEvent | null;
  lastProgress: StoredEvent | null;
  progress: TrainingEvent | null;
  /** The last status event recorded, to drop repeats. */
  lastStatus: RunStatus | null;
  seq: number;
  listeners: Set<(event: StoredEvent) => void>;
  finished: boolean;
  done: Promise<void>;
  markDone: () => void;
}

const now = () => new Date().toISOString();
const isProgress = (e: TrainingJobEvent): e is TrainingEvent => e.type === 'start' || e.type === 'step' || e.type === 'epoch' || e.type === 'end';

export function createTrainingJobs<P>(options: TrainingJobsOptions<P>): TrainingJobs {
  const { trainer } = options;
  const domain = trainer.domain;
  if (!options.runner && !options.trainerModule) throw new Error('createTrainingJobs needs trainerModule (or a runner)');
  const runner =
    options.runner ?? forkRunner({ trainerModule: options.trainerModule as string, cancelGraceMs: options.cancelGraceMs, env: options.env });
  const maxConcurrent = Math.max(1, options.maxConcurrent ?? 1);
  const keepFinished = Math.max(0, options.keepFinished ?? 20);
  const jobs = new Map<string, Job>();
  const queue: Job[] = [];
  let running = 0;
  let closed = false;

  const snapshot = (job: Job): JobSnapshot => ({
    runId: job.runId,
    config: job.config,
    status: job.status,
    error: job.error,
    promoted: job.promoted,
    cancelRequested: job.controller.signal.aborted,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt ? job.finishedAt.toISOString() : null,
    progress: job.progress,
    jobProgress: job.lastProgress?.event.type === 'progress' ? { stage: job.lastProgress.event.stage, message: job.lastProgress.event.message, fraction: job.lastProgress.event.fraction } : null,
  });

  function record(job: Job, event: TrainingJobEvent): void {
    // The manager and the flow both announce 'running'; subscribers need it once.
    if (event.type === 'status' && !isFinalStatus(event.status) && job.lastStatus === event.status) return;
    if (event.type === 'status') job.lastStatus = event.status;
    const stored = { id: ++job.seq, event };
    // Step and progress events supersede their own kind: only the latest is kept for late subscribers.
    if (event.type === 'step') job.lastStep = stored;
    else if (event.type === 'progress') job.lastProgress = stored;
    else job.history.push(stored);
    if (isProgress(event)) job.progress = event;
    // A final status from the flow is already in the registry (it is sent after finishRun).
    if (event.type === 'status') job.status = event.status;
    for (const listener of job.listeners) {
      try {
        listener(stored);
      } catch (err) {
        console.error(`[atlas] ${domain}: a training event subscriber failed`, err);
      }
    }
  }

  function trimFinished(): void {
    const finished = [...jobs.values()].filter((j) => j.finished).sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    while (finished.length > keepFinished) jobs.delete((finished.shift() as Job).runId);
  }

  /** Makes the registry and the stream agree on the final status, whatever the runner reported. */
  async function finalize(job: Job, outcome: TrainingOutcome): Promise<void> {
    let status: FinalStatus = outcome.status;
    let error = outcome.error;
    try {
      const run = await getRun(job.runId);
      if (run && !isFinalStatus(run.status)) {
        // The worker died before recording an end (crash, kill): the run must not stay 'running'.
        if (status === 'succeeded') {
          status = 'failed';
          error = 'the training worker ended without recording its result';
        }
        await finishRun(job.runId, { status, error: error ?? undefined });
      } else if (run && isFinalStatus(run.status)) {
        status = run.status;
        error = run.error ?? error;
      }
    } catch (err) {
      console.error(`[atlas] ${domain}: recording the end of run ${job.runId} failed`, err);
    }
    job.status = status;
    job.error = error;
    job.promoted = outcome.promoted;
    job.finishedAt = new Date();
    const last = job.history[job.history.length - 1]?.event;
    if (!(last?.type === 'status' && isFinalStatus(last.status) && last.status === status)) {
      record(job, { type: 'status', runId: job.runId, status, error, metrics: outcome.metrics as JsonObject | null, promoted: outcome.promoted, at: now() });
    }
    job.finished = true;
    releaseRun(job.runId);
    job.listeners.clear();
    job.markDone();
  }

  function launch(job: Job): void {
    running += 1;
    job.status = 'running';
    record(job, { type: 'status', runId: job.runId, status: 'running', at: now() });
    const request = { ...job.request, config: job.config, runId: job.runId };
    runner(request, { onEvent: (event) => record(job, event), signal: job.controller.signal })
      .catch(
        (err: unknown): TrainingOutcome => (emptyOutcome(job.runId, job.config, job.controller.signal.aborted ? 'cancelled' : 'failed', err instanceof Error ? err.message : String(err))),
      )
      .then((outcome) => finalize(job, outcome))
      .finally(() => {
        running -= 1;
        pump();
        trimFinished();
      });
  }

  function pump(): void {
    while (!closed && running < maxConcurrent && queue.length > 0) launch(queue.shift() as Job);
  }

  function newJob(runId: string, config: string, request: StartJobRequest, status: RunStatus): Job {
    let markDone: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      markDone = resolve;
    });
    return {
      runId,
      config,
      request,
      status,
      error: null,
      promoted: false,
      startedAt: new Date(),
      finishedAt: null,
      controller: new AbortController(),
      history: [],
      lastStep: null,
      lastProgress: null,
      progress: null,
      lastStatus: null,
      seq: 0,
      listeners: new Set(),
      finished: false,
      done,
      markDone,
    };
  }

  function events(runId: string, opts: { afterId?: number } = {}): AsyncIterable<SseMessage> | null {
    const job = jobs.get(runId);
    if (!job) return null;
    return {
      [Symbol.asyncIterator](): AsyncIterator<SseMessage> {
        const after = opts.afterId ?? 0;
        const pending: StoredEvent[] = [...job.history, ...(job.lastStep ? [job.lastStep] : []), ...(job.lastProgress ? [job.lastProgress] : [])]
          .filter((s) => s.id > after)
          .sort((a, b) => a.id - b.id);
        let wake: (() => void) | null = null;
        let stopped = false;
        let sawFinal = false;
        const listener = (stored: StoredEvent) => {
          pending.push(stored);
          wake?.();
        };
        if (!job.finished) job.listeners.add(listener);
        const stop = (): IteratorResult<SseMessage> => {
          stopped = true;
          job.listeners.delete(listener);
          wake?.();
          return { done: true, value: undefined };
        };
        return {
          async next() {
            for (;;) {
              if (stopped || sawFinal) return stop();
              const stored = pending.shift();
              if (stored) {
                if (stored.event.type === 'status' && isFinalStatus(stored.event.status)) sawFinal = true;
                return { done: false, value: { id: stored.id, event: stored.event.type, data: stored.event } };
              }
              if (job.finished) return stop();
              await new Promise<void>((resolve) => {
                wake = resolve;
              });
              wake = null;
            }
          },
          async return() {
            return stop();
          },
        };
      },
    };
  }

  return {
    domain,
    async start(request) {
      if (closed) throw new Error('the training jobs of this process are closed');
      let resolved: ReturnType<typeof resolveConfig<P>>;
      try {
        resolved = resolveConfig(trainer, request.config);
      } catch (err) {
        throw invalidInputError([{ field: 'config', reason: (err as Error).message }]);
      }
      const { configName, preset } = resolved;
      await recoverOnce(domain);
      const waits = running >= maxConcurrent;
      // This process owns the run until it is final (a queued run may wait long for its worker).
      const claim = claimRun(domain);
      let run: Awaited<ReturnType<typeof createRun>>;
      try {
        run = await createRun({
          domain,
          modelKind: modelKindOf(trainer, configName, preset.params),
          config: configName,
          params: (preset.params ?? {}) as JsonObject,
          // The worker picks the backend and records it when it starts.
          backend: trainer.backend ?? 'pending',
          status: waits ? 'queued' : 'running',
        });
        claim.attach(run.id);
      } finally {
        claim.done();
      }
      const job = newJob(run.id, configName, request, run.status);
      jobs.set(run.id, job);
      if (waits) {
        record(job, { type: 'status', runId: run.id, status: 'queued', at: now() });
        record(job, { type: 'phase', phase: 'queued', message: `waiting for ${running} running job(s) to finish`, at: now() });
        queue.push(job);
      } else {
        launch(job);
      }
      return snapshot(job);
    },
    async cancel(runId) {
      const job = jobs.get(runId);
      if (!job) return null;
      if (job.finished) return snapshot(job);
      const queued = queue.indexOf(job);
      job.controller.abort();
      if (queued >= 0) {
        queue.splice(queued, 1);
        await finalize(job, emptyOutcome(runId, job.config, 'cancelled', 'cancelled'));
        trimFinished();
      }
      return snapshot(job);
    },
    get(runId) {
      const job = jobs.get(runId);
      return job ? snapshot(job) : null;
    },
    list() {
      return [...jobs.values()].sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime()).map(snapshot);
    },
    events,
    subscribe(runId, listener) {
      const job = jobs.get(runId);
      if (!job) return null;
      if (job.finished) return () => undefined;
      job.listeners.add(listener);
      return () => job.listeners.delete(listener);
    },
    async whenDone(runId) {
      const job = jobs.get(runId);
      if (!job) return null;
      await job.done;
      return snapshot(job);
    },
    async close() {
      closed = true;
      const all = [...jobs.values()].filter((j) => !j.finished);
      for (const job of all) job.controller.abort();
      for (const job of [...queue]) await this.cancel(job.runId);
      await Promise.all(all.map((j) => j.done));
    },
  };
}
