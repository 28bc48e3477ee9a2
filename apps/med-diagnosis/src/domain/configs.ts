// The named training configurations. Each task has the four of issue #6; federated-dp comes at the
// three privacy budgets (epsilon 3 is the plain name). Params are JSON: they are stored on the run.
import type { SpecId } from './tasks';

export type ConfigKind = 'logistic' | 'mlp' | 'federated' | 'federated-dp';
export const EPSILONS = [1, 3, 8] as const;
export const DELTA = 1e-5;

export interface MedConfig {
  task: SpecId;
  kind: ConfigKind;
  /** Hidden layers of the MLP. */
  hidden: number[];
  epochs: number;
  batchSize: number;
  learningRate: number;
  l2: number;
  /** Federated: rounds of FedAvg, local epochs per round, local batch size. */
  rounds: number;
  localEpochs: number;
  localBatchSize: number;
  /** federated-dp: the target epsilon at DELTA, and the per-example clipping norm. */
  epsilon: number | null;
  l2NormClip: number;
  folds: number;
  seed: number;
  [key: string]: unknown;
}

const BASE = { hidden: [], epochs: 40, batchSize: 32, learningRate: 0.03, l2: 0.001, rounds: 20, localEpochs: 1, localBatchSize: 16, epsilon: null, l2NormClip: 1, folds: 5, seed: 7 };

function make(task: SpecId, kind: ConfigKind, extra: Partial<MedConfig> = {}): MedConfig {
  const config: MedConfig = { ...BASE, task, kind, ...(task === 'wdbc' ? { l2: 0.01 } : {}), ...extra };
  if (kind === 'mlp') Object.assign(config, { hidden: [8], epochs: 40, learningRate: 0.01, l2: 0.01 }, extra);
  if (kind === 'federated-dp') Object.assign(config, { learningRate: 0.1, rounds: 15, localEpochs: 1, localBatchSize: 16 }, extra);
  if (kind === 'federated') Object.assign(config, { learningRate: 0.05 }, extra);
  return config;
}

export interface ConfigPreset {
  name: string;
  label: string;
  description: string;
  params: MedConfig;
}

const DESCRIPTIONS: Record<ConfigKind, string> = {
  logistic: 'Logistic regression on all rows pooled (centralized), Platt-calibrated',
  mlp: 'A small neural network (one hidden layer of 8), Platt-calibrated',
  federated: 'The logistic model trained by federated averaging over 5 simulated hospitals that never share rows',
  'federated-dp': 'Federated averaging with DP-SGD inside every hospital (example-level differential privacy)',
};

const PREFIX: Record<SpecId, string> = { pima: '', wdbc: 'wdbc-', custom: 'custom-' };
const TASK_NAME: Record<SpecId, string> = { pima: 'Pima', wdbc: 'WDBC', custom: 'Your CSV' };

function presetsOf(task: SpecId): ConfigPreset[] {
  const prefix = PREFIX[task];
  const taskName = TASK_NAME[task];
  const list: ConfigPreset[] = (['logistic', 'mlp', 'federated'] as const).map((kind) => ({
    name: `${prefix}${kind}`,
    label: `${taskName}: ${kind}`,
    description: `${taskName}: ${DESCRIPTIONS[kind]}`,
    params: make(task, kind),
  }));
  for (const epsilon of EPSILONS) {
    list.push({
      name: `${prefix}federated-dp${epsilon === 3 ? '' : `-eps${epsilon}`}`,
      label: `${taskName}: federated-dp, epsilon ${epsilon}`,
      description: `${taskName}: ${DESCRIPTIONS['federated-dp']}, epsilon ${epsilon} at delta 1e-5`,
      params: make(task, 'federated-dp', { epsilon }),
    });
  }
  return list;
}

/** The catalog tasks' presets, then the `custom-` ones that train on `--data file.csv` only. */
export const PRESETS: ConfigPreset[] = [...presetsOf('pima'), ...presetsOf('wdbc'), ...presetsOf('custom')];
export const CONFIGS: Record<string, ConfigPreset> = Object.fromEntries(PRESETS.map((p) => [p.name, p]));
export const DEFAULT_CONFIG = 'mlp';

/** The preset name for a task, a kind and (for federated-dp) an epsilon: what `--task` and `--epsilon` select. */
export function presetName(task: SpecId, kind: ConfigKind, epsilon = 3): string {
  const prefix = PREFIX[task];
  if (kind !== 'federated-dp') return `${prefix}${kind}`;
  return `${prefix}federated-dp${epsilon === 3 ? '' : `-eps${epsilon}`}`;
}
