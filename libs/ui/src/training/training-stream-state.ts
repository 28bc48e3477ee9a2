// What a training panel shows, folded from a run's streamed events: status, phase, progress, the
// loss per epoch and a short log. Pure, so it is tested without a browser.
import type { LossPoint } from '../charts/LossChart';
import { FINAL_STATUSES, type RunStatusName, type TrainingStreamEvent } from './training-events';

export interface LogLine {
  id: number;
  level: 'info' | 'warn' | 'error';
  text: string;
}

export interface TrainingStreamState {
  status: RunStatusName | null;
  phase: string | null;
  step: number;
  totalSteps: number;
  epoch: number;
  epochs: number;
  loss: number | null;
  etaSeconds: number | null;
  lossCurve: LossPoint[];
  /** Set when the trainer reports whole-job progress (several fits): 0..1 and what runs now. */
  jobFraction: number | null;
  jobMessage: string | null;
  log: LogLine[];
  error: string | null;
  headline: { name: string; value: number } | null;
  promoted: boolean;
  /** Set when the connection is lost for good (the browser stopped retrying). */
  connectionLost: boolean;
}

export const initialStreamState: TrainingStreamState = {
  status: null,
  phase: null,
  step: 0,
  totalSteps: 0,
  epoch: 0,
  epochs: 0,
  loss: null,
  etaSeconds: null,
  lossCurve: [],
  jobFraction: null,
  jobMessage: null,
  log: [],
  error: null,
  headline: null,
  promoted: false,
  connectionLost: false,
};

const MAX_LOG = 200;

export type StreamAction = { kind: 'event'; event: TrainingStreamEvent } | { kind: 'reset' } | { kind: 'lost' } | { kind: 'stream-error'; message: string };

export function addLog(state: TrainingStreamState, level: LogLine['level'], text: string): LogLine[] {
  const id = (state.log[state.log.length - 1]?.id ?? 0) + 1;
  return [...state.log, { id, level, text }].slice(-MAX_LOG);
}

export function reduceTrainingEvent(state: TrainingStreamState, event: TrainingStreamEvent): TrainingStreamState {
  switch (event.type) {
    case 'status': {
      const final = FINAL_STATUSES.includes(event.status);
      const text = final
        ? `Run ${event.status}${event.error && event.status !== 'cancelled' ? `: ${event.error}` : ''}${event.promoted ? ' and promoted to active' : ''}.`
        : `Run ${event.status}.`;
      return {
        ...state,
        status: event.status,
        error: event.status === 'failed' ? (event.error ?? 'failed') : state.error,
        headline: event.metrics?.headline ?? state.headline,
        promoted: event.promoted ?? state.promoted,
        log: state.status === event.status ? state.log : addLog(state, event.status === 'failed' ? 'error' : 'info', text),
      };
    }
    case 'phase':
      return { ...state, phase: event.phase, log: addLog(state, 'info', `${event.phase}: ${event.message}`) };
    case 'log':
      return { ...state, log: addLog(state, event.level, event.message) };
    case 'progress':
      return {
        ...state,
        jobFraction: event.fraction,
        jobMessage: event.message,
        // The log gets a line when the stage's sentence changes, not on every update.
        log: event.message === state.jobMessage ? state.log : addLog(state, 'info', event.message),
      };
    case 'start':
      return {
        ...state,
        totalSteps: event.totalSteps,
        epochs: event.epochs,
        step: 0,
        lossCurve: [],
        log: state.jobFraction !== null ? state.log : addLog(state, 'info', `Training ${event.examples} examples for ${event.epochs} epochs on ${event.backend}.`),
      };
    case 'step':
      return { ...state, step: event.step, totalSteps: event.totalSteps, epoch: event.epoch, epochs: event.epochs, loss: event.loss, etaSeconds: event.etaSeconds };
    case 'epoch': {
      const point: LossPoint = { epoch: event.epoch, loss: event.loss, val_loss: event.metrics.val_loss ?? null };
      const curve = [...state.lossCurve.filter((p) => p.epoch !== event.epoch), point];
      return {
        ...state,
        step: event.step,
        totalSteps: event.totalSteps,
        epoch: event.epoch,
        epochs: event.epochs,
        loss: event.loss,
        etaSeconds: event.etaSeconds,
        lossCurve: curve,
        log:
          state.jobFraction !== null
            ? state.log
            : addLog(state, 'info', `Epoch ${event.epoch}/${event.epochs}: loss ${event.loss.toFixed(4)}${point.val_loss != null ? `, validation loss ${point.val_loss.toFixed(4)}` : ''}.`),
      };
    }
    case 'end':
      return {
        ...state,
        step: event.status === 'cancelled' ? state.step : state.totalSteps,
        etaSeconds: 0,
        log: state.jobFraction !== null ? state.log : addLog(state, 'info', `Training ${event.status} after ${event.epochsRun} epochs.`),
      };
  }
}

