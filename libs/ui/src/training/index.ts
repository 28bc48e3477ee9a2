export { ADMIN_TOKEN_KEY, adminPost, readAdminToken, useAdminToken, writeAdminToken, type AdminPostResult } from './admin-token';
export type { EpochEvent, JobProgressEvent, LogEvent, PhaseEvent, RunStatusName, StartEvent, StatusEvent, StepEvent, TrainingStreamEvent } from './training-events';
export { initialStreamState, reduceTrainingEvent, type LogLine, type TrainingStreamState } from './training-stream-state';
export { useTrainingStream } from './use-training-stream';
export { TrainPanel, type TrainConfigOption, type TrainPanelProps } from './TrainPanel';
export { RunsTable, type RunRow, type RunsTableProps } from './RunsTable';
