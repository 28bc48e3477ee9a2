/**
 * Progress of a training run as plain data, so that one stream feeds a terminal progress bar, a
 * server-sent-event route and a test alike. Epochs are 1-based; steps are 1-based counts of the
 * updates done so far (step === totalSteps on the last update).
 */
export interface TrainingStartEvent {
  type: 'start';
  epochs: number;
  stepsPerEpoch: number;
  totalSteps: number;
  examples: number;
  batchSize: number;
  backend: string;
}

interface Position {
  epoch: number;
  epochs: number;
  step: number;
  totalSteps: number;
  elapsedSeconds: number;
  /** Estimated from the mean time per step so far, validation included; null before the first step. */
  etaSeconds: number | null;
  /** Training examples per second in this epoch so far (validation excluded). */
  samplesPerSecond: number;
  learningRate: number;
}

export interface TrainingStepEvent extends Position {
  type: 'step';
  stepInEpoch: number;
  stepsPerEpoch: number;
  /** Mean loss over this epoch's examples so far (what a progress bar shows). */
  loss: number;
  /** Loss of this batch alone. */
  batchLoss: number;
  /** Running epoch means of the training metrics. */
  metrics: Record<string, number>;
  /** Global gradient norm of this batch before clipping; present when clipNorm is set. */
  gradientNorm?: number;
}

export interface TrainingEpochEvent extends Position {
  type: 'epoch';
  loss: number;
  /** Training metrics, and 'val_loss' / 'val_<metric>' with validation data. */
  metrics: Record<string, number>;
  /** Whether the monitored value improved (only with early stopping). */
  improved?: boolean;
}

export interface TrainingEndEvent {
  type: 'end';
  status: 'completed' | 'early-stopped' | 'cancelled';
  epochsRun: number;
  steps: number;
  totalSteps: number;
  bestEpoch: number | null;
  restoredBestWeights: boolean;
  elapsedSeconds: number;
  samplesPerSecond: number;
}

export type TrainingEvent = TrainingStartEvent | TrainingStepEvent | TrainingEpochEvent | TrainingEndEvent;

/** A DOM Event carrying a TrainingEvent; its `type` is the event's type ('start', 'step', ...). */
export class TrainingProgressEvent extends Event {
  readonly detail: TrainingEvent;

  constructor(detail: TrainingEvent) {
    super(detail.type);
    this.detail = detail;
  }
}

function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '?';
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole}s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes}m${String(whole % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

function formatRate(perSecond: number): string {
  return perSecond >= 1000 ? `${(perSecond / 1000).toFixed(1)}k/s` : `${perSecond.toFixed(0)}/s`;
}

function formatMetrics(metrics: Record<string, number>): string {
  return Object.entries(metrics)
    .map(([name, value]) => ` ${name} ${value.toFixed(4)}`)
    .join('');
}

/** One line for a terminal: `epoch 2/10 [#####.....] 120/400 loss 0.4123 accuracy 0.8100 1.2k/s ETA 12s`. */
export function formatProgressLine(event: TrainingEvent, barWidth = 20): string {
  switch (event.type) {
    case 'start':
      return `training ${event.examples} examples, ${event.epochs} epochs of ${event.stepsPerEpoch} steps on ${event.backend}`;
    case 'step':
    case 'epoch': {
      const filled = Math.round((barWidth * event.step) / Math.max(1, event.totalSteps));
      const bar = `${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}`;
      return (
        `epoch ${event.epoch}/${event.epochs} [${bar}] ${event.step}/${event.totalSteps} ` +
        `loss ${event.loss.toFixed(4)}${formatMetrics(event.metrics)} ${formatRate(event.samplesPerSecond)} ` +
        `ETA ${formatDuration(event.etaSeconds)}`
      );
    }
    case 'end':
      return (
        `training ${event.status} after ${event.epochsRun} epochs (${event.steps} steps) in ` +
        `${formatDuration(event.elapsedSeconds)}` +
        (event.restoredBestWeights ? `, best weights of epoch ${event.bestEpoch} restored` : '')
      );
  }
}

/** The event as a server-sent-event frame: `event: <type>` and one JSON `data:` line. */
export function toServerSentEvent(event: TrainingEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}
