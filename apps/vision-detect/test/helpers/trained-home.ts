// A throwaway ATLAS_HOME with a migrated registry and detectors trained for one epoch on the project's
// generated road-sign sample: enough to exercise the routes, not to find signs.
import { useTrainedHome as useSharedTrainedHome, type TrainedHome } from '../../../../tools/testing/temp-home';
import { trainer } from '../../src/server/training/trainer';

export type { TrainedHome };

export function useTrainedHome(configs: readonly string[] = ['fast-160']): TrainedHome {
  return useSharedTrainedHome(trainer, configs, { epochs: '1', sample: true }, 'atlas-vision-');
}
