// What the server and the pages need to know about training without loading the training code.
import type { TrainerInfo } from '@atlas/service';
import { CONFIG_NAMES, CONFIGS, DEFAULT_CONFIG, type RecConfig } from './configs';

export const CLI_OPTIONS = {
  items: { type: 'string', description: 'with --data: an items CSV (item,title[,year][,genres separated by |])' },
  sample: { type: 'boolean', description: "train on the project's generated sample even when the real data is available" },
} as const;

export const trainerInfo: TrainerInfo<RecConfig> = {
  domain: 'recommender',
  app: 'recommender',
  configs: Object.fromEntries(CONFIG_NAMES.map((name) => [name, { label: CONFIGS[name].title, description: CONFIGS[name].summary, params: CONFIGS[name] as RecConfig }])),
  defaultConfig: DEFAULT_CONFIG,
  modelKind: (_name, params) => params.kind,
  cliOptions: { ...CLI_OPTIONS },
};
