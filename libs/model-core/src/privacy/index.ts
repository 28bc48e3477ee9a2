// Privacy: DP-SGD with per-example clipping, the RDP accountant of the sampled Gaussian mechanism,
// and federated averaging over simulated clients, optionally with client- or example-level DP.
export { DEFAULT_RDP_ORDERS, computeRdp, rdpOfOneStep } from './rdp-sampled-gaussian';
export { epsilonFromRdp, deltaFromRdp, type RdpConversion, type EpsilonAtOrder } from './rdp-conversion';
export {
  RdpAccountant,
  computeDpSgdPrivacy,
  dpSgdSteps,
  findNoiseMultiplier,
  type DpSgdPrivacyQuery,
  type NoiseFound,
  type NoiseSearch,
  type PrivacySpent,
} from './rdp-accountant';
export {
  clippedGradientSumByLoop,
  clippedGradientSumDenseVectorized,
  supportsDenseVectorizedClipping,
  trainableVariables,
  type ClippedGradientSum,
  type ClippingStrategy,
  type PerExampleLoss,
} from './clipped-gradients';
export {
  chooseClippingStrategy,
  createDpSgdStep,
  type DpSgdStep,
  type DpSgdStepOptions,
  type DpSgdStepResult,
} from './dp-sgd';
export { trainDpSgd, type DpSgdProgress, type DpSgdTrainingOptions, type DpSgdTrainingResult } from './dp-sgd-training';
export { poissonSample, shuffledBatches, type BatchSampling } from './batch-sampling';
export {
  createCryptoUniform,
  createSeededUniform,
  createStandardNormal,
  createUniform,
  type UniformSource,
} from './random-sources';
export {
  labelProportions,
  partitionByKey,
  partitionDirichletLabels,
  partitionIid,
  selectRows,
  type DirichletPartitionOptions,
  type KeyedPartition,
  type Partition,
} from './federated/partitions';
export {
  federatedAveraging,
  type ClientDataset,
  type ClientLevelDp,
  type ExampleLevelDp,
  type FedAvgOptions,
  type FedAvgPrivacyReport,
  type FedAvgResult,
  type FedAvgRoundEvent,
  type FedAvgRoundMetrics,
} from './federated/fedavg';
