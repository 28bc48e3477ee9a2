// What the server and the pages need to know about training without loading the training code.
import type { TrainerInfo } from '@atlas/service';
import { DEFAULT_CONFIG, PRESETS, type MedConfig } from './configs';

export const CLI_OPTIONS = {
  task: { type: 'string', description: "pima, wdbc or all (default): which task --config trains" },
  epsilon: { type: 'string', description: 'federated-dp privacy budget: 1, 3 (default) or 8, at delta 1e-5' },
  label: { type: 'string', description: 'label column of --data (values 1/0, yes/no, M/B)' },
  missing: { type: 'string', description: "missing-value markers of --data, comma-separated, e.g. '?' or '?,-99' (empty cells, NA and null always count)" },
  positive: { type: 'string', description: 'the label value that means the disease is present (default: 1/yes/M..., else the rarer value)' },
  hospital: { type: 'string', description: 'numeric column of --data whose quintiles form the 5 simulated hospitals (default: age, else the first)' },
  delimiter: { type: 'string', description: "field separator of --data (default ',')" },
  folds: { type: 'string', description: 'cross-validation folds (default 5)' },
  sample: { type: 'boolean', description: "train on the project's generated sample even when the real data is available" },
} as const;

export const trainerInfo: TrainerInfo<MedConfig> = {
  domain: 'med-diagnosis',
  app: 'med-diagnosis',
  configs: Object.fromEntries(PRESETS.map((p) => [p.name, { label: p.label, description: p.description, params: p.params }])),
  defaultConfig: DEFAULT_CONFIG,
  modelKind: (_name, params) => params.kind,
  cliOptions: { ...CLI_OPTIONS },
};
