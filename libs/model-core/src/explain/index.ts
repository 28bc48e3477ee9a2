// Explanation: integrated gradients (tabular and token attributions), permutation importance,
// occlusion saliency for images, and reason codes in plain words.
export {
  asModelFunction,
  predictRowsWith,
  scoreOf,
  type Explainable,
  type ModelFunction,
} from './model-function';
export {
  integratedGradients,
  tabularIntegratedGradients,
  type FeatureAttribution,
  type IntegratedGradientsOptions,
  type IntegratedGradientsResult,
  type TabularAttributions,
} from './integrated-gradients';
export {
  splitAtEmbedding,
  tokenAttributions,
  type EmbeddingModelParts,
  type TokenAttribution,
  type TokenAttributionOptions,
  type TokenAttributionResult,
} from './token-attributions';
export {
  permutationImportance,
  type FeatureImportance,
  type PermutationImportanceOptions,
  type PermutationImportanceResult,
} from './permutation-importance';
export { occlusionSaliency, type OcclusionOptions, type OcclusionPatch, type OcclusionResult } from './occlusion';
export { reasonCodes, type ReasonCode, type ReasonCodeOptions, type ReasonTemplate } from './reason-codes';
