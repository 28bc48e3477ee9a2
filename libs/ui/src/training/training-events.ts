// The events a training run streams (GET /api/runs/<id>/events), as the browser reads them: a
// structural copy of @atlas/service's TrainingJobEvent, which ui may not import.

export type RunStatusName = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface StatusEvent {
  type: 'status';
  runId: string;
  status: RunStatusName;
  error?: string | null;
  metrics?: { headline?: { name: string; value: number } } & Record<string, unknown>;
  promoted?: boolean;
  at: string;
}

export interface PhaseEvent {
  type: 'phase';
  phase: string;
  message: string;
  at: string;
}

export interface LogEvent {
  type: 'log';
  level: 'info' | 'warn' | 'error';
  message: string;
  at: string;
}

/** Whole-job progress of a trainer that fits several models (folds, ensemble members). */
export interface JobProgressEvent {
  type: 'progress';
  stage: string;
  message: string;
  fraction: number;
  at: string;
}

export interface StartEvent {
  type: 'start';
  epochs: number;
  totalSteps: number;
  stepsPerEpoch: number;
  examples: number;
  backend: string;
}

export interface StepEvent {
  type: 'step';
  epoch: number;
  epochs: number;
  step: number;
  totalSteps: number;
  loss: number;
  etaSeconds: number | null;
  samplesPerSecond: number;
}

export interface EpochEvent extends Omit<StepEvent, 'type'> {
  type: 'epoch';
  metrics: Record<string, number>;
}

export interface EndEvent {
  type: 'end';
  status: 'completed' | 'early-stopped' | 'cancelled';
  epochsRun: number;
  elapsedSeconds: number;
}

export type TrainingStreamEvent = StatusEvent | PhaseEvent | LogEvent | JobProgressEvent | StartEvent | StepEvent | EpochEvent | EndEvent;

export const STREAM_EVENT_TYPES = ['status', 'phase', 'log', 'progress', 'start', 'step', 'epoch', 'end', 'stream_error'] as const;

export const FINAL_STATUSES: readonly RunStatusName[] = ['succeeded', 'failed', 'cancelled'];
