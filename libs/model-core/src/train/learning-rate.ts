/**
 * Learning-rate schedules. Each is a pure function of the position in training, so a schedule can be
 * checked by hand and plotted before a run. Positions are 0-based: the first step is step 0 of epoch 0.
 */
export type LearningRateSchedule =
  | { kind: 'constant' }
  /** Multiplies the rate by `factor` every `everyEpochs` epochs (Keras' classic step decay). */
  | { kind: 'step'; everyEpochs: number; factor: number }
  /** base * decayRate^(step / decaySteps), per step (tf.keras ExponentialDecay, staircase off). */
  | { kind: 'exponential'; decayRate: number; decaySteps: number }
  /**
   * Linear warm-up over `warmupSteps`, then a half cosine from base down to `minLearningRate` at the
   * last step of training (Loshchilov and Hutter, SGDR, without restarts).
   */
  | { kind: 'cosine'; warmupSteps?: number; minLearningRate?: number };

export interface SchedulePosition {
  /** Global step, 0-based, counted across epochs. */
  step: number;
  /** Epoch, 0-based. */
  epochIndex: number;
  /** Steps in the whole run; the cosine schedule ends there. */
  totalSteps: number;
}

export function learningRateAt(base: number, schedule: LearningRateSchedule, position: SchedulePosition): number {
  switch (schedule.kind) {
    case 'constant':
      return base;
    case 'step':
      return base * schedule.factor ** Math.floor(position.epochIndex / schedule.everyEpochs);
    case 'exponential':
      return base * schedule.decayRate ** (position.step / schedule.decaySteps);
    case 'cosine': {
      const warmup = schedule.warmupSteps ?? 0;
      const floor = schedule.minLearningRate ?? 0;
      if (position.step < warmup) return (base * (position.step + 1)) / warmup;
      const span = Math.max(1, position.totalSteps - 1 - warmup);
      const progress = Math.min(1, (position.step - warmup) / span);
      return floor + ((base - floor) * (1 + Math.cos(Math.PI * progress))) / 2;
    }
  }
}

/** Rejects schedules that would silently train at a zero, negative or NaN rate. */
export function validateSchedule(schedule: LearningRateSchedule): void {
  const fail = (why: string) => {
    throw new Error(`Invalid ${schedule.kind} learning-rate schedule: ${why}`);
  };
  if (schedule.kind === 'step') {
    if (!(schedule.everyEpochs >= 1)) fail('everyEpochs must be at least 1');
    if (!(schedule.factor > 0)) fail('factor must be positive');
  } else if (schedule.kind === 'exponential') {
    if (!(schedule.decaySteps > 0)) fail('decaySteps must be positive');
    if (!(schedule.decayRate > 0)) fail('decayRate must be positive');
  } else if (schedule.kind === 'cosine') {
    if ((schedule.warmupSteps ?? 0) < 0) fail('warmupSteps must not be negative');
    if ((schedule.minLearningRate ?? 0) < 0) fail('minLearningRate must not be negative');
  }
}
