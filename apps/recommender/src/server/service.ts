// The app's server singletons: the model service (loads the active artifact once, switches on
// promote), the training jobs (a worker process per run) and the shared run/train routes.
import { createDomainRoutes, createModelService, createTrainingJobs, processSingleton } from '@atlas/service';
import { trainerInfo } from '../domain/trainer-info';
import { loadRecommender } from './load-model';

export const TRAINER_MODULE = 'apps/recommender/src/server/training/trainer.ts';

export const models = processSingleton('recommender:models', () =>
  createModelService({ domain: 'recommender', load: (dir, { expectedSha256 }) => loadRecommender(dir, expectedSha256) }),
);

export const jobs = processSingleton('recommender:jobs', () => createTrainingJobs({ trainer: trainerInfo, trainerModule: TRAINER_MODULE }));

export const routes = createDomainRoutes({ domain: 'recommender', jobs });
