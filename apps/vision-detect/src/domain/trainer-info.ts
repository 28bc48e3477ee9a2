// What the server and the pages need to know about training without loading the training code:
// the configurations (stored as each run's params) and the train command's extra flags.
import type { TrainerInfo } from '@atlas/service';
import { CONFIG_NAMES, CONFIGS, DEFAULT_CONFIG, type DetectorParams } from './configs';

export const CLI_OPTIONS = {
  epochs: { type: 'string', description: 'passes over the augmented training images (default: the configuration’s)' },
  sample: { type: 'boolean', description: "train on the project's generated sample even when the real data is available" },
} as const;

export const trainerInfo: TrainerInfo<DetectorParams> = {
  domain: 'vision-detect',
  app: 'vision-detect',
  configs: Object.fromEntries(CONFIG_NAMES.map((name) => [name, { label: CONFIGS[name].title, description: CONFIGS[name].summary, params: CONFIGS[name] }])),
  defaultConfig: DEFAULT_CONFIG,
  modelKind: () => 'centernet-detector',
  // model-core's wasm training kernels make wasm the fastest CPU backend for convolutions; the
  // figures in the README were measured there.
  backend: 'wasm',
  cliOptions: { ...CLI_OPTIONS },
};
