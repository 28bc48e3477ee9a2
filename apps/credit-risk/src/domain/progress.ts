// Progress of a credit training job as plain data: which stage runs, how far the whole job is, and
// the training loop's own events (for the loss chart). One stream feeds the terminal progress bar,
// the server-sent events of the Train page and the tests.
import type { TrainingEvent } from '@atlas/model-core';

export interface CreditProgress {
  /** 'cross-validation', 'final model', 'evaluation', ... */
  stage: string;
  /** What runs now, in words: "fold 2 of 5, member 1 of 3". */
  message: string;
  /** Share of the whole job done, 0..1. */
  fraction: number;
  /** The training loop's event, when this progress comes from one. */
  training?: TrainingEvent;
}

export type ProgressListener = (progress: CreditProgress) => void;

/**
 * Splits a job into `total` equal units of work (one model fit each) and maps each unit's training
 * events onto the job's overall fraction.
 */
export class ProgressPlan {
  private done = 0;
  /** The fraction last reported: a unit fitted twice (a scorecard refit) must not move the bar back. */
  private reported = 0;

  constructor(
    readonly total: number,
    private readonly listener: ProgressListener | undefined,
  ) {}

  /** Progress inside the current unit, from the training loop's events. */
  trainingListener(stage: string, message: string): (event: TrainingEvent) => void {
    return (event) => {
      const within = event.type === 'step' || event.type === 'epoch' ? event.step / event.totalSteps : event.type === 'end' ? 1 : 0;
      this.listener?.({ stage, message, fraction: this.advance((this.done + within) / this.total), training: event });
    };
  }

  /** Marks one unit finished (and says so). */
  finishUnit(stage: string, message: string): void {
    this.done = Math.min(this.total, this.done + 1);
    this.listener?.({ stage, message, fraction: this.advance(this.done / this.total) });
  }

  note(stage: string, message: string): void {
    this.listener?.({ stage, message, fraction: this.advance(this.done / this.total) });
  }

  private advance(fraction: number): number {
    this.reported = Math.min(1, Math.max(this.reported, fraction));
    return this.reported;
  }
}
