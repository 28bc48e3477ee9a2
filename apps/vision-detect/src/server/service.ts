// The app's server singletons: the model service (loads the active artifact once, switches on
// promote), the training jobs (a worker process per run), the shared run/train routes and the
// artifact files the browser runs.
import { createArtifactFileRoutes, createDomainRoutes, createModelService, createTrainingJobs, processSingleton } from '@atlas/service';
import { trainerInfo } from '../domain/trainer-info';
import { loadDetector } from './load-model';

export const DOMAIN = 'vision-detect';
export const TRAINER_MODULE = 'apps/vision-detect/src/server/training/trainer.ts';

export const models = processSingleton(`${DOMAIN}:models`, () =>
  createModelService({
    domain: DOMAIN,
    load: (dir, { expectedSha256 }) => loadDetector(dir, expectedSha256),
    dispose: (m) => m.dispose(),
  }),
);

export const jobs = processSingleton(`${DOMAIN}:jobs`, () => createTrainingJobs({ trainer: trainerInfo, trainerModule: TRAINER_MODULE }));

export const routes = createDomainRoutes({ domain: DOMAIN, jobs });

export const artifactFiles = createArtifactFileRoutes(DOMAIN);
