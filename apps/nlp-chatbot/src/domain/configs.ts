// The named training configurations. `accurate` (the default, the one CI trains) averages three
// embedding-bag models of different seeds; `fast` is one of them. Both read word unigrams and
// bigrams and character 3-5-grams. Plain JSON: each run stores its configuration as params.
export interface IntentConfig {
  name: string;
  title: string;
  summary: string;
  /** Embedding-bag models averaged into one (each its own seed). */
  members: number;
  embeddingDim: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  wordNgrams: [number, number];
  charNgrams: [number, number] | null;
  minDf: number;
  maxFeatures: number;
  maxTokens: number;
  seed: number;
}

const BASE = {
  embeddingDim: 64,
  epochs: 6,
  batchSize: 256,
  learningRate: 0.02,
  wordNgrams: [1, 2] as [number, number],
  charNgrams: [3, 5] as [number, number],
  minDf: 2,
  maxFeatures: 60_000,
  maxTokens: 128,
  seed: 1,
};

export const CONFIGS = {
  accurate: {
    ...BASE,
    name: 'accurate',
    title: 'Accurate: 3 averaged n-gram bags',
    summary: 'Three embedding-bag models (word 1-2-grams and character 3-5-grams, 64 dimensions, different seeds) averaged; about a minute of CPU.',
    members: 3,
  },
  fast: {
    ...BASE,
    name: 'fast',
    title: 'Fast: one n-gram bag',
    summary: 'One embedding-bag model on the same features: a third of the training time and size, about half a point less accurate.',
    members: 1,
  },
} satisfies Record<string, IntentConfig>;

export type IntentConfigName = keyof typeof CONFIGS;
export const CONFIG_NAMES = Object.keys(CONFIGS) as IntentConfigName[];
export const DEFAULT_CONFIG: IntentConfigName = 'accurate';
