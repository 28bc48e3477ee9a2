// Training: one loop for tfjs layers models, its losses, schedules and progress events.
export { TrainingCancelledError, isAbortError } from './abort';
export { classIdsOf, sampleWeightsFromClassWeights, type ClassWeights } from './class-weights';
export { clipByGlobalNorm, globalNorm } from './gradient-clipping';
export { learningRateAt, validateSchedule, type LearningRateSchedule, type SchedulePosition } from './learning-rate';
export {
  binaryCrossentropy,
  categoricalCrossentropy,
  meanAbsoluteError,
  meanSquaredError,
  resolveLoss,
  sparseCategoricalCrossentropy,
  type LossFunction,
  type LossName,
} from './losses';
export { createOptimizer, learningRateOf, setLearningRate, type OptimizerSpec } from './optimizers';
export {
  TrainingProgressEvent,
  formatProgressLine,
  toServerSentEvent,
  type TrainingEndEvent,
  type TrainingEpochEvent,
  type TrainingEvent,
  type TrainingStartEvent,
  type TrainingStepEvent,
} from './progress';
export { trainModel } from './train-model';
export { accuracyPerExample, resolveMetric, type TrainingMetric, type TrainingMetricName } from './training-metrics';
export type { EarlyStoppingOptions, EpochLogs, TrainingData, TrainingResult, TrainingSet, TrainModelOptions } from './types';
