// The app's server singletons: the model service (loads the active artifact once, switches on
// promote), the training jobs (a worker process per run) and the shared run/train routes.
import { createDomainRoutes, createModelService, createTrainingJobs, processSingleton } from '@atlas/service';
import { trainerInfo } from '../domain/trainer-info';
import { loadIntentModel } from './load-model';

export const TRAINER_MODULE = 'apps/nlp-chatbot/src/server/training/trainer.ts';

export const models = processSingleton('nlp-chatbot:models', () =>
  createModelService({
    domain: 'nlp-chatbot',
    load: (dir, { expectedSha256 }) => loadIntentModel(dir, expectedSha256),
    dispose: (m) => m.dispose(),
  }),
);

export const jobs = processSingleton('nlp-chatbot:jobs', () => createTrainingJobs({ trainer: trainerInfo, trainerModule: TRAINER_MODULE }));

export const routes = createDomainRoutes({ domain: 'nlp-chatbot', jobs });
