// Loads a task's patients from the catalog dataset (the real file through the cache and mirrors,
// or the project's generated sample), Node only.
import { buildBreastCancerWisconsin, buildPimaDiabetes, type DatasetBuild, type TabularExample } from '@atlas/data-pipeline/node';
import { markMissing } from '../../domain/features';
import type { Patient } from '../../domain/train-run';
import { taskOf, type SpecId, type TaskId, type TaskSpec } from '../../domain/tasks';

export interface TaskData {
  task: SpecId;
  /** Set for a user's CSV: the spec built from its columns. */
  spec?: TaskSpec;
  patients: Patient[];
  dataset: { id: string; name: string; source: string; license: string; isSample: boolean; sha256?: string; rows: number };
  report?: unknown;
}

export async function loadTaskData(taskId: TaskId, options: { source?: 'auto' | 'real' | 'sample' } = {}): Promise<TaskData> {
  const task = taskOf(taskId);
  const build = (taskId === 'pima'
    ? await buildPimaDiabetes({ source: options.source ?? 'auto' })
    : await buildBreastCancerWisconsin({ source: options.source ?? 'auto' })) as unknown as DatasetBuild<TabularExample<string>>;
  const patients: Patient[] = build.examples.map((e) => ({ id: e.id, features: markMissing(task, e.features), label: e.label }));
  return {
    task: taskId,
    patients,
    dataset: {
      id: build.id,
      name: build.entry.title,
      source: build.isSample ? 'sample' : build.source,
      license: build.entry.license.name ?? String(build.entry.license),
      isSample: build.isSample,
      rows: patients.length,
    },
    report: build.report,
  };
}
