import type { EpochLogs } from './types';

/**
 * Thrown (as a rejection of trainModel) when the caller's AbortSignal fires. Its name is
 * 'AbortError', as for fetch and the other web APIs that take a signal, so one
 * `error.name === 'AbortError'` check covers them all. The epochs finished before the abort are kept
 * on the error, so a route can still report how far training got.
 */
export class TrainingCancelledError extends Error {
  override readonly name = 'AbortError';
  readonly history: EpochLogs[];
  readonly stepsCompleted: number;

  constructor(history: EpochLogs[], stepsCompleted: number, reason?: unknown) {
    super(`Training was cancelled after ${stepsCompleted} steps (${history.length} full epochs)`, { cause: reason });
    this.history = history;
    this.stepsCompleted = stepsCompleted;
  }
}

/** True for the error trainModel rejects with on cancellation, and for any other AbortError. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
