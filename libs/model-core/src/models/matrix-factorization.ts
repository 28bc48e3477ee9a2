import { tf } from '../tf';
import { ScalarBias } from './custom-layers';
import { describeLayersModel } from './describe-model';
import type { ModelBundle } from './model-bundle';
import { SeedSequence } from './seeds';

export interface MatrixFactorizationConfig {
  users: number;
  items: number;
  /** Latent dimension. Default 32. */
  factors?: number;
  /** L2 penalty on the factors and biases. Default 1e-4. */
  l2?: number;
  /** Starting value of the global bias, usually the mean training rating. Default 0. */
  globalMean?: number;
  seed: number;
}

/**
 * Rating prediction r(u, i) = mu + b_u + b_i + p_u . q_i (Koren, Bell and Volinsky, "Matrix
 * factorization techniques for recommender systems", 2009). Inputs 'user_id' and 'item_id', each
 * [n, 1] int32; output [n, 1]; loss: mean squared error.
 */
export function buildMatrixFactorization(config: MatrixFactorizationConfig): ModelBundle<MatrixFactorizationConfig> {
  const seeds = new SeedSequence(config.seed);
  const factors = config.factors ?? 32;
  const regularizer = tf.regularizers.l2({ l2: config.l2 ?? 1e-4 });
  const user = tf.input({ shape: [1], dtype: 'int32', name: 'user_id' });
  const item = tf.input({ shape: [1], dtype: 'int32', name: 'item_id' });
  const table = (inputDim: number, outputDim: number, name: string, input: tf.SymbolicTensor) =>
    tf.layers.flatten().apply(
      tf.layers
        .embedding({ inputDim, outputDim, embeddingsInitializer: seeds.embedding(), embeddingsRegularizer: regularizer, name })
        .apply(input),
    ) as tf.SymbolicTensor;
  const userFactors = table(config.users, factors, 'user_factors', user);
  const itemFactors = table(config.items, factors, 'item_factors', item);
  const userBias = table(config.users, 1, 'user_bias', user);
  const itemBias = table(config.items, 1, 'item_bias', item);
  const interaction = tf.layers.dot({ axes: 1, name: 'interaction' }).apply([userFactors, itemFactors]) as tf.SymbolicTensor;
  const summed = tf.layers.add().apply([interaction, userBias, itemBias]) as tf.SymbolicTensor;
  const rating = new ScalarBias({ initialValue: config.globalMean ?? 0, name: 'global_bias' }).apply(summed) as tf.SymbolicTensor;
  const model = tf.model({ inputs: [user, item], outputs: rating, name: 'matrix_factorization' });
  return {
    model,
    loss: 'meanSquaredError',
    config,
    describe: () => describeLayersModel('matrix-factorization', model, config),
  };
}
