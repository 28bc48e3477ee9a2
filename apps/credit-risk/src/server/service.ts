// The app's server singletons: the model service (loads the active artifact once, switches on
// promote), the training jobs (a worker process per run) and the shared run/train routes.
import { createDomainRoutes, createModelService, createTrainingJobs, processSingleton } from '@atlas/service';
import { trainerInfo } from '../domain/trainer-info';
import { loadCreditModel } from './load-model';

export const TRAINER_MODULE = 'apps/credit-risk/src/server/training/trainer.ts';

export const models = processSingleton('credit-risk:models', () =>
  createModelService({
    domain: 'credit-risk',
    load: (dir, { expectedSha256 }) => loadCreditModel(dir, expectedSha256),
    dispose: (m) => m.dispose(),
  }),
);

export const jobs = processSingleton('credit-risk:jobs', () => createTrainingJobs({ trainer: trainerInfo, trainerModule: TRAINER_MODULE }));

export const routes = createDomainRoutes({ domain: 'credit-risk', jobs });
