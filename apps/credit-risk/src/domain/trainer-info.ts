// What the server and the pages need to know about training without loading the training code:
// the configurations (stored as each run's params) and the train command's extra flags.
import type { TrainerInfo } from '@atlas/service';
import { CONFIG_NAMES, CONFIGS, DEFAULT_CONFIG, type CreditConfig } from './configs';

export const CLI_OPTIONS = {
  label: { type: 'string', description: 'label column of --data (1/0, yes/no, or two values: see --positive)' },
  delimiter: { type: 'string', description: "field separator of --data (default ','; e.g. ' ' or ';')" },
  positive: { type: 'string', description: 'the label value that means default (by default 1, yes, true, bad or default)' },
  folds: { type: 'string', description: 'cross-validation folds (default 5; 0 skips cross-validation)' },
  quick: { type: 'boolean', description: 'a fast smoke run: one small network, 3 epochs, no cross-validation' },
  sample: { type: 'boolean', description: "train on the project's generated sample even when the real data is available" },
} as const;

export const trainerInfo: TrainerInfo<CreditConfig> = {
  domain: 'credit-risk',
  app: 'credit-risk',
  configs: Object.fromEntries(CONFIG_NAMES.map((name) => [name, { label: CONFIGS[name].title, description: CONFIGS[name].summary, params: CONFIGS[name] }])),
  defaultConfig: DEFAULT_CONFIG,
  modelKind: (_name, params) => (params.kind === 'scorecard' ? 'scorecard' : 'mlp'),
  // Dense networks train fastest on wasm (model-core's measurements), and the figures in the README
  // were measured there: the same seeds give the same weights only on the same backend.
  backend: 'wasm',
  cliOptions: { ...CLI_OPTIONS },
};
