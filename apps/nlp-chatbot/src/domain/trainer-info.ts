// What the server and the pages need to know about training without loading the training code.
import type { TrainerInfo } from '@atlas/service';
import { CONFIG_NAMES, CONFIGS, DEFAULT_CONFIG, type IntentConfig } from './configs';

export const CLI_OPTIONS = {
  sample: { type: 'boolean', description: "train on the project's generated sample even when the real data is available" },
  quick: { type: 'boolean', description: 'a smoke run: 2 epochs per member' },
} as const;

export const trainerInfo: TrainerInfo<IntentConfig> = {
  domain: 'nlp-chatbot',
  app: 'nlp-chatbot',
  configs: Object.fromEntries(CONFIG_NAMES.map((name) => [name, { label: CONFIGS[name].title, description: CONFIGS[name].summary, params: CONFIGS[name] }])),
  defaultConfig: DEFAULT_CONFIG,
  modelKind: (_name, params) => (params.members > 1 ? `ngram-bag-x${params.members}` : 'ngram-bag'),
  // The embedding bag trains on wasm with model-core's training kernels; the figures in the README
  // were measured there.
  backend: 'wasm',
  cliOptions: { ...CLI_OPTIONS },
};
