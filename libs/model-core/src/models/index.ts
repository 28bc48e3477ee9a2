// Model builders: each returns the tfjs layers model to train, its loss and a describe().
export { MaskedMeanPooling, ScalarBias } from './custom-layers';
export { describeLayersModel, type ModelDescription, type TensorDescription } from './describe-model';
export { intersectionOverUnion, boxArea, type Box, type Detection } from './detector/boxes';
export { buildDetector, type Detector } from './detector/centernet';
export { decodeDetections, type DecodeOptions } from './detector/decode-detections';
export { centerNetLoss } from './detector/detection-loss';
export { encodeDetectionTargets } from './detector/detection-targets';
export { detectorLayout, type DetectorConfig, type DetectorLayout } from './detector/detector-config';
export { drawGaussian, gaussianRadius } from './detector/gaussian-targets';
export { nonMaxSuppression } from './detector/non-max-suppression';
export {
  bprLoss,
  buildImplicitRanker,
  sampleBprTriples,
  type BprTriples,
  type ImplicitRanker,
  type ImplicitRankerConfig,
} from './implicit-ranker';
export { buildLogisticRegression, type LogisticRegressionConfig } from './logistic-regression';
export { buildMatrixFactorization, type MatrixFactorizationConfig } from './matrix-factorization';
export type { ModelBundle } from './model-bundle';
export { SeedSequence } from './seeds';
export {
  buildTabularMlp,
  defaultEmbeddingDim,
  type CategoricalColumn,
  type TabularMlpConfig,
  type TabularTarget,
} from './tabular-mlp';
export { buildTextClassifier, type TextClassifierConfig } from './text-classifier';
