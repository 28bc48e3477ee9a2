// How each app trains in seconds for tests: the configurations its route tests need and the CLI
// arguments that select its small generated sample. An app missing here gets its default
// configuration with --sample --quick.
import type { TrainingArgs } from '@atlas/service';

export interface QuickTraining {
  configs: readonly string[];
  args: TrainingArgs;
}

const QUICK: Record<string, QuickTraining> = {
  'credit-risk': { configs: ['mlp'], args: { quick: true, sample: true } },
  'med-diagnosis': { configs: ['logistic', 'wdbc-logistic'], args: { sample: true, folds: '2' } },
  recommender: { configs: ['ease'], args: { sample: true } },
  'vision-detect': { configs: ['fast-160'], args: { epochs: '1', sample: true } },
};

export function quickTrainingOf(app: string, defaultConfig: string): QuickTraining {
  return QUICK[app] ?? { configs: [defaultConfig], args: { sample: true, quick: true } };
}
