// @atlas/service: the server side every domain app shares (Node only): route helpers, server-sent
// events, the model service, training jobs in a worker process, the train CLI and the Compare data.
export { HttpError, invalidInputError, json, type ErrorBody, type FieldIssue } from './http/http-error';
export { issuesOf, parseJsonBody, parseParams, parseQuery, parseWith, type ParseBodyOptions } from './http/validation';
export { DEFAULT_MAX_BODY_BYTES, readBodyText } from './http/body-limit';
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
export { flushPredictionLogs, timedPredict, type TimedPrediction, type TimedPredictOptions } from './model/timed-predict';
export { redactInputPii } from './model/redact-input';

export * from './training/types';
export { loadTrainingData, modelKindOf, resolveConfig, runTraining, type RunTrainingHooks } from './training/run-training';
export { artifactDirFor } from './training/run-record';

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
export { createDomainRoutes, type DomainRoutes, type DomainRoutesOptions } from './routes/domain-routes';
