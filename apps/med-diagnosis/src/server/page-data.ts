// What the pages read: the model (metrics, card, run) serving a task, and the privacy table from the registry.
import { listRuns } from '@atlas/registry';
import type { TaskId } from '../domain/tasks';
import type { MedMetrics } from '../domain/train-run';
import { withTaskModel } from './service';

export interface TaskModelView {
  runId: string;
  config: string;
  finishedAt: string | null;
  metrics: MedMetrics;
  card: unknown;
}

export async function taskModelView(task: TaskId): Promise<{ view: TaskModelView | null; error: string | null }> {
  try {
    const view = await withTaskModel(task, (m, run) => ({ runId: run.id, config: run.config, finishedAt: run.finishedAt ? new Date(run.finishedAt).toISOString() : null, metrics: m.metrics, card: m.card }));
    return { view, error: null };
  } catch (error) {
    return { view: null, error: error instanceof Error ? error.message : String(error) };
  }
}

export interface PrivacyRow {
  task: string;
  config: string;
  kind: string;
  auc: number | null;
  targetEpsilon: number | null;
  epsilon: number | null;
  runId: string | null;
}

/** The newest succeeded run of every configuration, per task. */
export async function privacyTable(): Promise<PrivacyRow[]> {
  let runs: Awaited<ReturnType<typeof listRuns>> = [];
  try {
    runs = await listRuns('med-diagnosis');
  } catch {
    return [];
  }
  const rows = new Map<string, PrivacyRow>();
  for (const run of runs.filter((r) => r.status === 'succeeded').sort((a, b) => +new Date(a.finishedAt ?? 0) - +new Date(b.finishedAt ?? 0))) {
    const params = run.params as { task?: string; kind?: string };
    const metrics = (run.metrics ?? {}) as { headline?: { value?: number }; epsilon?: number | null; targetEpsilon?: number | null };
    rows.set(run.config, {
      task: params.task ?? '?',
      config: run.config,
      kind: params.kind ?? run.modelKind,
      auc: metrics.headline?.value ?? null,
      targetEpsilon: metrics.targetEpsilon ?? null,
      epsilon: metrics.epsilon ?? null,
      runId: run.id,
    });
  }
  return [...rows.values()];
}
