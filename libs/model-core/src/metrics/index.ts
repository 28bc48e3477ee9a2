// Evaluation metrics, calibration and confidence intervals: pure TypeScript with no TensorFlow.js
// and no Node modules, so the same code scores a model in a training job and in a browser.
// Names are listed one by one so that helpers internal to the metrics stay out of the package's
// shared namespace.
export {
  accuracy,
  classificationReport,
  compareLabels,
  confusionMatrix,
  type AveragedScores,
  type ClassLabel,
  type ClassScores,
  type ClassificationOptions,
  type ClassificationReport,
  type ConfusionMatrix,
} from './classification';
export {
  averagePrecision,
  ksStatistic,
  prAuc,
  prCurve,
  rocAuc,
  rocCurve,
  scoreSteps,
  type KsResult,
  type PrPoint,
  type RocPoint,
  type ScoreSteps,
} from './binary-curves';
export {
  brierScore,
  expectedCalibrationError,
  logLoss,
  multiclassLogLoss,
  reliabilityCurve,
  type CalibrationBinOptions,
  type LogLossOptions,
  type ReliabilityBin,
  type ReliabilityCurve,
} from './probabilistic';
export {
  chooseOperatingPoint,
  maxValueOperatingPoint,
  meetsConstraints,
  thresholdGrid,
  thresholdSweep,
  type ChooseOperatingPointOptions,
  type CostModel,
  type OperatingPoint,
  type OperatingPointConstraints,
  type OperatingPointObjective,
  type ThresholdSweepOptions,
} from './threshold-sweep';
export { applyPlatt, fitPlatt, type PlattCalibrator, type PlattOptions } from './platt-scaling';
export { applyIsotonic, fitIsotonic, type IsotonicCalibrator, type IsotonicOptions } from './isotonic-regression';
export { applyCalibrator, applyCalibratorToAll, parseCalibrator, type Calibrator } from './calibrator';
export { mae, rmse } from './regression';
export {
  averagePrecisionAtK,
  ndcgAtK,
  precisionAtK,
  rankingReport,
  recallAtK,
  reciprocalRank,
  type GainKind,
  type ItemId,
  type RankingCase,
  type RankingReport,
  type Relevance,
} from './ranking';
export {
  catalogCoverage,
  cosineDistance,
  euclideanDistance,
  intraListDiversity,
  itemPopularity,
  meanIntraListDiversity,
  novelty,
} from './beyond-accuracy';
export { crowdOverlap, iou, xywhToXyxy, xyxyArea, type BoxXyxy } from './box-iou';
export {
  COCO_IOU_THRESHOLDS,
  COCO_RECALL_THRESHOLDS,
  evaluateDetections,
  type ApInterpolation,
  type ClassDetectionResult,
  type DetectedObject,
  type DetectionEvaluation,
  type DetectionEvaluationOptions,
  type DetectionPrPoint,
  type GroundTruthObject,
} from './detection-ap';
export {
  bootstrapCi,
  quantileSorted,
  stratifiedBootstrapCi,
  type BootstrapInterval,
  type BootstrapOptions,
} from './bootstrap';
export { meanDefined } from './input-checks';
