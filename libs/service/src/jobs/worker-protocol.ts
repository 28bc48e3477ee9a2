// Messages between a training job's parent (the app server) and its worker process, over the IPC
// channel of child_process.fork. Plain JSON, so nothing depends on structured-clone details.
import type { TrainingJobEvent, TrainingOutcome, TrainingRequest } from '../training/types';

export type ParentMessage =
  | { type: 'start'; trainerModule: string; request: TrainingRequest & { runId: string } }
  | { type: 'cancel' };

export type WorkerMessage =
  | { type: 'event'; event: TrainingJobEvent }
  | { type: 'outcome'; outcome: TrainingOutcome };

export function isWorkerMessage(value: unknown): value is WorkerMessage {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'event' || type === 'outcome';
}

export function isParentMessage(value: unknown): value is ParentMessage {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'start' || type === 'cancel';
}
