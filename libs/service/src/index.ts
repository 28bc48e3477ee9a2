// @atlas/service: the server side every domain app shares (Node only): route helpers, server-sent
// events, the model service, training jobs in a worker process, the train CLI and the Compare data.
export { HttpError, invalidInputError, json, type ErrorBody, type FieldIssue } from './http/http-error';
export { issuesOf, parseJsonBody, parseParams, parseQuery, parseWith, type ParseBodyOptions } from './http/validation';
export { DEFAULT_MAX_BODY_BYTES, readBodyBytes, readBodyText } from './http/body-limit';
export { ADMIN_TOKEN_ENV, ADMIN_TOKEN_HEADER, requireAdmin } from './http/admin';
export { errorResponse, route, type RouteHandler, type RouteOptions } from './http/route';
export { issuesFromRegistryMessage, registryHttpError } from './http/registry-errors';

export { formatSseFrame, sseComment, type SseMessage } from './sse/sse-frame';
export { SSE_HEADERS, sseResponse, type SseOptions, type SseSubscribe } from './sse/sse-response';

export { ModelUnavailableError, NoActiveModelError, trainCommand } from './model/model-errors';
export {
  createModelService,
  type LoadedModel,
  type LoadInfo,
  type ModelService,
  type ModelServiceOptions,
  type ModelServiceState,
  type ModelServiceStatus,
} from './model/model-service';
export { forgetSingleton, processSingleton } from './model/process-singleton';
export { announcePromotion, onPromotion, promoteAndRefresh } from './model/promotion-bus';
export { flushPredictionLogs, queuePredictionLog, timedPredict, type TimedPrediction, type TimedPredictOptions } from './model/timed-predict';
export { redactInputPii } from './model/redact-input';
export {
  BATCHING_ENV,
  batchingEnabled,
  batchingStats,
  timedPredictBatched,
  type BatchedPredictOptions,
  type PredictMany,
} from './model/batched-predict';

export * from './training/types';
export { loadTrainingData, modelKindOf, resolveConfig, runTraining, type RunTrainingHooks } from './training/run-training';
export { artifactDirFor } from './training/run-record';
export { INTERRUPTED_RUN_ERROR, recoverInterruptedRuns, recoverOnce, type RecoverOptions, type RecoveryReport } from './training/recover-runs';
export { claimRun, holdRun, LEASE_HEARTBEAT_MS, LEASE_STALE_MS, leasesDir, liveHolders, releaseRun, type LeaseHolderFile, type RunClaim } from './training/run-leases';

export { forkRunner, inlineRunner, type ForkRunnerOptions, type JobRunner, type JobRunnerIo } from './jobs/runners';
export { createTrainingJobs, type JobSnapshot, type StartJobRequest, type StoredEvent, type TrainingJobs, type TrainingJobsOptions } from './jobs/training-jobs';

export { CliUsageError, parseTrainArgs, trainUsage, type TrainCliArgs } from './cli/parse-train-args';
export { createProgressReporter, formatEta, type ProgressReporter, type ProgressReporterOptions } from './cli/progress-reporter';
export { runTrainCli, summaryTable, type TrainCliIo } from './cli/train-cli';

export { summarizeRun, type RunSummary } from './compare/run-summary';
export {
  ATLAS_DOMAIN_IDS,
  loadCompareData,
  type CompareData,
  type CompareDomainData,
  type CompareDomainInput,
  type CompareRun,
} from './compare/load-compare-data';
export {
  activeModelView,
  createRunMetricsReader,
  errorText,
  latestRunByConfig,
  type LatestByConfig,
  type LatestByConfigOptions,
  type RunMetricsReader,
} from './pages/run-page-data';
export { createDomainRoutes, type DomainRoutes, type DomainRoutesOptions } from './routes/domain-routes';
export { createArtifactFileRoutes } from './routes/artifact-files';

export { DEFAULT_STATIONS, stationChallenge, type StationChallenge } from './workshop/challenges';
export { advance, dueState, remainingMs, rotationCount, stationOf, type RotationPlan, type RotationState } from './workshop/rotation';
export { answerViews, workshopMarkdown, workshopView, type AnswerView, type TeamProgress, type WorkshopView } from './workshop/workshop-view';
export { createWorkshopRoutes, FACILITATOR_KEY_HEADER, workshopRoutes, type WorkshopRoutes, type WorkshopRoutesOptions } from './workshop/workshop-routes';
