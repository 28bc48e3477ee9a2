// The app's server singletons: the model service (the active run), the per-task models (the active
// run serves its task; the other task is served by its latest succeeded run), the training jobs
// and the shared run/train routes.
import { listRuns, type ModelRunRecord } from '@atlas/registry';
import { HttpError, createArtifactFileRoutes, createDomainRoutes, createModelService, createTrainingJobs, processSingleton } from '@atlas/service';
import { trainerInfo } from '../domain/trainer-info';
import type { TaskId } from '../domain/tasks';
import { loadMedModel, type LoadedMedModel } from './load-model';

export const TRAINER_MODULE = 'apps/med-diagnosis/src/server/training/trainer.ts';

export const models = processSingleton('med-diagnosis:models', () =>
  createModelService({ domain: 'med-diagnosis', load: (dir, { expectedSha256 }) => loadMedModel(dir, expectedSha256), dispose: (m) => m.dispose() }),
);

export const jobs = processSingleton('med-diagnosis:jobs', () => createTrainingJobs({ trainer: trainerInfo, trainerModule: TRAINER_MODULE }));

// A task's serving run may not be the registry's active one (one active run per domain): keep it from DELETE.
export const routes = createDomainRoutes({
  domain: 'med-diagnosis',
  jobs,
  inUse: async (run) => {
    const task = taskOfRun(run);
    return task === 'pima' || task === 'wdbc' ? (await runForTask(task))?.run.id === run.id : false;
  },
});

/** The artifact files and the tfjs wasm binaries, for running the served model in the browser. */
export const artifactFiles = createArtifactFileRoutes('med-diagnosis');

const taskOfRun = (run: ModelRunRecord): string | undefined => {
  const params = run.params as { task?: string } | null;
  return params?.task;
};

const otherTask = processSingleton('med-diagnosis:other-task', () => new Map<string, Promise<LoadedMedModel>>());

/** The run that serves a task: the active run when it is of that task, else the newest succeeded run of the task. */
export async function runForTask(task: TaskId): Promise<{ run: ModelRunRecord; active: boolean } | null> {
  const runs = await listRuns('med-diagnosis');
  const active = runs.find((r) => r.active);
  if (active && taskOfRun(active) === task) return { run: active, active: true };
  const latest = runs.filter((r) => r.status === 'succeeded' && taskOfRun(r) === task && r.artifactPath).sort((a, b) => +new Date(b.finishedAt ?? 0) - +new Date(a.finishedAt ?? 0))[0];
  return latest ? { run: latest, active: false } : null;
}

/** Runs fn with the model of a task; 503 with the command when none is trained. */
export async function withTaskModel<T>(task: TaskId, fn: (m: LoadedMedModel, run: ModelRunRecord) => T | Promise<T>): Promise<T> {
  const chosen = await runForTask(task);
  if (!chosen) {
    const command = `npx nx run med-diagnosis:train --task ${task}`;
    throw new HttpError(503, { error: 'no_active_model', message: `no trained model for ${task}: run ${command}`, command });
  }
  if (chosen.active) return models.use(({ model, run }) => fn(model, run));
  let loading = otherTask.get(chosen.run.id);
  if (!loading) {
    loading = loadMedModel(chosen.run.artifactPath ?? '', chosen.run.artifactSha256 ?? null);
    otherTask.set(chosen.run.id, loading);
    loading.catch(() => otherTask.delete(chosen.run.id));
  }
  return fn(await loading, chosen.run);
}
