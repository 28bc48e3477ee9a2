import { tf } from '../tf';
import { describeLayersModel } from './describe-model';
import type { ModelBundle } from './model-bundle';
import { SeedSequence } from './seeds';

export interface CategoricalColumn {
  name: string;
  /** Number of distinct ids; the column's values are integer ids in [0, cardinality). */
  cardinality: number;
  /** Default min(16, round(1.6 * cardinality^0.56)), fast.ai's rule of thumb. */
  embeddingDim?: number;
}

export type TabularTarget =
  | { kind: 'binary' }
  | { kind: 'multiclass'; classes: number }
  | { kind: 'regression'; outputs?: number };

export interface TabularMlpConfig {
  /** Width of the numeric input (already scaled); may be 0 when every column is categorical. */
  numericFeatures: number;
  /** One embedding per categorical id column; each is a separate [n, 1] int32 input. */
  categorical?: CategoricalColumn[];
  /** Hidden layer widths. Default [64, 32]. */
  hidden?: number[];
  target: TabularTarget;
  l2?: number;
  seed: number;
}

export function defaultEmbeddingDim(cardinality: number): number {
  return Math.min(16, Math.max(2, Math.round(1.6 * cardinality ** 0.56)));
}

/**
 * A multilayer perceptron for tables. Inputs, in this order: 'numeric' [n, numericFeatures] (when
 * numericFeatures > 0), then one '<column>_id' [n, 1] int32 input per categorical column. Pass the
 * training tensors to trainModel in the same order.
 */
export function buildTabularMlp(config: TabularMlpConfig): ModelBundle<TabularMlpConfig> {
  const seeds = new SeedSequence(config.seed);
  const regularizer = config.l2 ? tf.regularizers.l2({ l2: config.l2 }) : undefined;
  const inputs: tf.SymbolicTensor[] = [];
  const features: tf.SymbolicTensor[] = [];
  if (config.numericFeatures > 0) {
    const numeric = tf.input({ shape: [config.numericFeatures], name: 'numeric' });
    inputs.push(numeric);
    features.push(numeric);
  }
  for (const column of config.categorical ?? []) {
    const ids = tf.input({ shape: [1], dtype: 'int32', name: `${column.name}_id` });
    const embedded = tf.layers
      .embedding({
        inputDim: column.cardinality,
        outputDim: column.embeddingDim ?? defaultEmbeddingDim(column.cardinality),
        embeddingsInitializer: seeds.embedding(),
        embeddingsRegularizer: regularizer,
        name: `${column.name}_embedding`,
      })
      .apply(ids) as tf.SymbolicTensor;
    inputs.push(ids);
    features.push(tf.layers.flatten().apply(embedded) as tf.SymbolicTensor);
  }
  if (inputs.length === 0) throw new Error('A tabular MLP needs numeric features or categorical columns');
  let hidden = features.length === 1 ? features[0] : (tf.layers.concatenate().apply(features) as tf.SymbolicTensor);
  for (const units of config.hidden ?? [64, 32]) {
    hidden = tf.layers
      .dense({ units, activation: 'relu', kernelInitializer: seeds.heNormal(), kernelRegularizer: regularizer })
      .apply(hidden) as tf.SymbolicTensor;
  }
  const target = config.target;
  const units = target.kind === 'binary' ? 1 : target.kind === 'multiclass' ? target.classes : (target.outputs ?? 1);
  const activation = target.kind === 'binary' ? 'sigmoid' : target.kind === 'multiclass' ? 'softmax' : 'linear';
  const output = tf.layers
    .dense({ units, activation, kernelInitializer: seeds.glorotUniform(), name: 'output' })
    .apply(hidden) as tf.SymbolicTensor;
  const model = tf.model({ inputs, outputs: output, name: 'tabular_mlp' });
  const loss =
    target.kind === 'binary' ? 'binaryCrossentropy' : target.kind === 'multiclass' ? 'sparseCategoricalCrossentropy' : 'meanSquaredError';
  return { model, loss, config, describe: () => describeLayersModel('tabular-mlp', model, config) };
}
