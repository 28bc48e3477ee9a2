// A throwaway ATLAS_HOME with a migrated registry and quickly trained credit models (on the project's
// generated sample), for route tests.
import { useTrainedHome as useSharedTrainedHome, type TrainedHome } from '../../../../tools/testing/temp-home';
import { trainer } from '../../src/server/training/trainer';

export type { TrainedHome };

/** Registers beforeAll/afterAll hooks; the returned object is filled once beforeAll has run. */
export function useTrainedHome(configs: readonly string[] = ['mlp', 'scorecard']): TrainedHome {
  return useSharedTrainedHome(trainer, configs, { quick: true, sample: true }, 'atlas-credit-');
}
