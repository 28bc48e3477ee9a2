// A throwaway ATLAS_HOME with a migrated registry and quickly trained models on the project's
// generated samples (2 folds), for route tests.
import { useTrainedHome as useSharedTrainedHome, type TrainedHome } from '../../../../tools/testing/temp-home';
import { trainer } from '../../src/server/training/trainer';

export function useTrainedHome(configs: readonly string[] = ['logistic', 'wdbc-logistic']): TrainedHome {
  return useSharedTrainedHome(trainer, configs, { sample: true, folds: '2' }, 'atlas-med-');
}
