import type { tf } from '../tf';
import type { ClassWeights } from './class-weights';
import type { LearningRateSchedule } from './learning-rate';
import type { LossFunction, LossName } from './losses';
import type { OptimizerSpec } from './optimizers';
import type { TrainingEvent } from './progress';
import type { TrainingMetric, TrainingMetricName } from './training-metrics';

/** Examples along the first axis of every tensor; several tensors for multi-input/-output models. */
export interface TrainingSet {
  x: tf.Tensor | tf.Tensor[];
  y: tf.Tensor | tf.Tensor[];
  /** One weight per example, multiplied with the class weights when both are given. */
  sampleWeight?: ArrayLike<number>;
}

export interface TrainingData {
  train: TrainingSet;
  /** Evaluated after every epoch with training=false, in batches of batchSize; unweighted. */
  validation?: TrainingSet;
}

export interface EarlyStoppingOptions {
  /** A key of the epoch logs: 'loss', 'val_loss' (default when there is validation data), 'val_accuracy'... */
  monitor?: string;
  /** Default: 'max' for names containing 'acc', else 'min'. */
  mode?: 'min' | 'max';
  /** Epochs without improvement before stopping. */
  patience: number;
  /** An improvement must beat the best by more than this. Default 0. */
  minDelta?: number;
  /** Put back the weights of the best epoch when training ends. Default true. */
  restoreBestWeights?: boolean;
}

export interface TrainModelOptions {
  epochs: number;
  /** Default 32. The last batch of an epoch may be smaller. */
  batchSize?: number;
  /** Seeds the shuffling (the model's initial weights are seeded by its builder). Default 0. */
  seed?: number;
  /** Reshuffle the training examples every epoch. Default true. */
  shuffle?: boolean;
  loss: LossName | LossFunction;
  /** A spec (the loop owns and disposes the optimizer) or an optimizer the caller owns. Default adam 1e-3. */
  optimizer?: OptimizerSpec | tf.Optimizer;
  learningRateSchedule?: LearningRateSchedule;
  classWeights?: ClassWeights;
  /** Clip the gradients to this global norm before each update. */
  clipNorm?: number;
  metrics?: (TrainingMetricName | TrainingMetric)[];
  earlyStopping?: EarlyStoppingOptions;
  /** Checked between batches; see TrainingCancelledError. */
  signal?: AbortSignal;
  onProgress?: (event: TrainingEvent) => void;
  /** Receives the same events as TrainingProgressEvent, typed 'start' | 'step' | 'epoch' | 'end'. */
  events?: EventTarget;
  /** Emit a step event every this many steps (and on the last step of each epoch). Default 1. */
  stepEventInterval?: number;
  /**
   * Hand the event loop a turn at least this often (ms) so that an abort, a timer or an HTTP response
   * can run during a long epoch. Default 15.
   */
  yieldIntervalMs?: number;
}

/** What one epoch produced. `epoch` is 1-based, as people count. */
export interface EpochLogs {
  epoch: number;
  loss: number;
  /** Training metrics ('accuracy', ...) and, with validation data, 'val_loss' and 'val_<metric>'. */
  metrics: Record<string, number>;
  learningRate: number;
  seconds: number;
  samplesPerSecond: number;
}

export interface TrainingResult {
  status: 'completed' | 'early-stopped';
  history: EpochLogs[];
  /** 1-based epoch whose weights the model holds at the end when best weights were restored. */
  bestEpoch: number | null;
  restoredBestWeights: boolean;
  steps: number;
  seconds: number;
  /** Training examples per second over the run (validation time excluded). */
  samplesPerSecond: number;
  backend: string;
}
