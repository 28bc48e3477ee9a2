// The named training configurations: one table compares them on both protocols.
import type { MfParams } from './algorithms';

export type RecConfig =
  | { kind: 'popularity'; title: string; summary: string; shrink: number; seed: number }
  | ({ kind: 'mf'; title: string; summary: string } & MfParams)
  | { kind: 'ease'; title: string; summary: string; lambda: number; seed: number };

export const CONFIGS = {
  ease: {
    kind: 'ease',
    title: 'EASE item model (top-N)',
    summary: 'Closed-form item-to-item weights learned from who watched what (implicit feedback), for top-10 lists.',
    lambda: 300,
    seed: 7,
  },
  mf: {
    kind: 'mf',
    title: 'Biased matrix factorization',
    summary: 'Global mean + user and item biases + taste vectors, SGD on the ratings, three seeds averaged into one 300-dimensional model (for rating prediction).',
    factors: 100,
    ensemble: 3,
    epochs: 60,
    learningRate: 0.007,
    reg: 0.08,
    regBias: 0.02,
    decay: 0.98,
    initStd: 0.1,
    seed: 7,
  },
  popularity: {
    kind: 'popularity',
    title: 'Popularity baseline',
    summary: 'Most-rated movies first; ratings predicted by the shrunk item mean. The floor every model must beat.',
    shrink: 10,
    seed: 7,
  },
} satisfies Record<string, RecConfig>;

export type ConfigName = keyof typeof CONFIGS;
export const CONFIG_NAMES = Object.keys(CONFIGS) as ConfigName[];
export const DEFAULT_CONFIG: ConfigName = 'ease';

/** Published anchors on MovieLens 100K (same protocols). */
export const ANCHORS = {
  rating: [
    { name: 'Surprise SVD++', rmse: 0.919, mae: 0.721, source: 'Surprise benchmark, ML-100K, 5 folds' },
    { name: 'Surprise SVD', rmse: 0.934, mae: 0.737, source: 'Surprise benchmark, ML-100K, 5 folds' },
    { name: 'Surprise baseline', rmse: 0.944, mae: 0.748, source: 'Surprise benchmark, ML-100K, 5 folds' },
  ],
  ranking: [
    { name: 'BiVAE', ndcg: 0.475, source: 'microsoft/recommenders benchmark, ML-100K, 75/25 per-user split' },
    { name: 'BPR', ndcg: 0.442, source: 'microsoft/recommenders benchmark, ML-100K, 75/25 per-user split' },
    { name: 'NCF', ndcg: 0.396, source: 'microsoft/recommenders benchmark, ML-100K, 75/25 per-user split' },
    { name: 'SAR', ndcg: 0.382, source: 'microsoft/recommenders benchmark, ML-100K, 75/25 per-user split' },
  ],
} as const;

export const BARS = { rmse: 0.915, ndcg: 0.45 } as const;
