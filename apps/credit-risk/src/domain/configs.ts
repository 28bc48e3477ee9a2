// The three named configurations trained and compared in one table. Each states every choice that
// affects its numbers, so a run record (and the model card) can say exactly what was trained.
import { DEFAULT_SCALING, type ScoreScaling } from './scaling';

// Training order of `--config all`: the first one trained becomes active when nothing is.
export const CONFIG_NAMES = ['mlp', 'mlp-no-protected', 'scorecard'] as const;
export type ConfigName = (typeof CONFIG_NAMES)[number];
export const DEFAULT_CONFIG: ConfigName = 'mlp';

export function isConfigName(value: string): value is ConfigName {
  return (CONFIG_NAMES as readonly string[]).includes(value);
}

export interface ScorecardConfig {
  kind: 'scorecard';
  name: 'scorecard';
  title: string;
  summary: string;
  scaling: ScoreScaling;
  /** Characteristics with an information value below this are left out (0.02 = "not useful" by convention). */
  minInformationValue: number;
  /** L2 penalty of the logistic regression on WoE inputs. */
  l2: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  seed: number;
}

export interface MlpConfig {
  kind: 'mlp';
  name: 'mlp' | 'mlp-no-protected';
  title: string;
  summary: string;
  /** Leave SEX, AGE and MARRIAGE (and what derives from them) out of the inputs. */
  excludeProtected: boolean;
  hidden: number[];
  l2: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Members of the averaged ensemble, each trained on a different part of the training data. */
  members: number;
  /** Parts the training data is cut into; member k holds out part k (for calibration). */
  parts: number;
  calibration: 'platt' | 'isotonic';
  seed: number;
}

export type CreditConfig = ScorecardConfig | MlpConfig;

const MLP_TRAINING = {
  hidden: [128, 64],
  l2: 3e-4,
  epochs: 10,
  batchSize: 512,
  learningRate: 3e-3,
  members: 3,
  parts: 5,
  calibration: 'platt',
  seed: 2024,
} as const;

export const CONFIGS: Record<ConfigName, CreditConfig> = {
  scorecard: {
    kind: 'scorecard',
    name: 'scorecard',
    title: 'Points scorecard',
    summary: `Monotonic weight-of-evidence bins into a logistic regression, scaled to points: ${DEFAULT_SCALING.baseScore} points at odds ${DEFAULT_SCALING.baseOdds}:1, ${DEFAULT_SCALING.pdo} points to double the odds. Readable line by line; no protected attributes.`,
    scaling: DEFAULT_SCALING,
    minInformationValue: 0.02,
    l2: 1e-4,
    epochs: 30,
    batchSize: 2048,
    learningRate: 0.1,
    seed: 2024,
  },
  mlp: {
    kind: 'mlp',
    name: 'mlp',
    title: 'Calibrated neural network',
    summary:
      'An average of three multilayer perceptrons (128 and 64 ReLU units) over the fields and engineered features (utilization, payment ratios, delinquency counts, WoE-binned amounts, one-hot repayment codes), calibrated by Platt scaling on held-out parts.',
    excludeProtected: false,
    ...MLP_TRAINING,
    hidden: [...MLP_TRAINING.hidden],
  },
  'mlp-no-protected': {
    kind: 'mlp',
    name: 'mlp-no-protected',
    title: 'Neural network without protected attributes',
    summary: 'The same network and training without sex, age and marital status among its inputs.',
    excludeProtected: true,
    ...MLP_TRAINING,
    hidden: [...MLP_TRAINING.hidden],
  },
};
