import { tf } from '../tf';
import { MaskedMeanPooling } from './custom-layers';
import { describeLayersModel } from './describe-model';
import type { ModelBundle } from './model-bundle';
import { SeedSequence } from './seeds';

export interface TextClassifierConfig {
  /**
   * Size of the id space. Ids are word and character n-gram ids hashed into [1, vocabularySize) by
   * the caller's tokenizer, sharing one table as in fastText; 0 is padding.
   */
  vocabularySize: number;
  /** Ids per row (rows are padded with 0 or truncated to this length). */
  maxTokens: number;
  classes: number;
  /** Default 64. */
  embeddingDim?: number;
  /**
   * 'bag' (default): masked mean of the embeddings, then a softmax (fastText). 'cnn': a 1-D
   * convolution over the id sequence and max pooling, which sees word order within its window.
   */
  variant?: 'bag' | 'cnn';
  /** For 'cnn': filters (default 64) and window (default 3). */
  filters?: number;
  kernelSize?: number;
  /** Optional hidden layer before the softmax. */
  hidden?: number;
  seed: number;
}

/** Input 'token_ids' [n, maxTokens] int32; output class probabilities [n, classes]. */
export function buildTextClassifier(config: TextClassifierConfig): ModelBundle<TextClassifierConfig> {
  if (config.classes < 2) throw new Error(`classes must be at least 2, got ${config.classes}`);
  const seeds = new SeedSequence(config.seed);
  const ids = tf.input({ shape: [config.maxTokens], dtype: 'int32', name: 'token_ids' });
  const embedded = tf.layers
    .embedding({
      inputDim: config.vocabularySize,
      outputDim: config.embeddingDim ?? 64,
      embeddingsInitializer: seeds.embedding(),
      name: 'token_embedding',
    })
    .apply(ids) as tf.SymbolicTensor;
  let features: tf.SymbolicTensor;
  if ((config.variant ?? 'bag') === 'bag') {
    features = new MaskedMeanPooling({ name: 'masked_mean' }).apply([embedded, ids]) as tf.SymbolicTensor;
  } else {
    // Padding positions take part here, as the learned embedding of id 0 (the pad symbol).
    const convolved = tf.layers
      .conv1d({
        filters: config.filters ?? 64,
        kernelSize: config.kernelSize ?? 3,
        padding: 'same',
        activation: 'relu',
        kernelInitializer: seeds.heNormal(),
        name: 'ngram_conv',
      })
      .apply(embedded) as tf.SymbolicTensor;
    features = tf.layers.globalMaxPooling1d({ name: 'max_over_time' }).apply(convolved) as tf.SymbolicTensor;
  }
  if (config.hidden) {
    features = tf.layers
      .dense({ units: config.hidden, activation: 'relu', kernelInitializer: seeds.heNormal() })
      .apply(features) as tf.SymbolicTensor;
  }
  const output = tf.layers
    .dense({ units: config.classes, activation: 'softmax', kernelInitializer: seeds.glorotUniform(), name: 'output' })
    .apply(features) as tf.SymbolicTensor;
  const model = tf.model({ inputs: ids, outputs: output, name: `text_${config.variant ?? 'bag'}` });
  return {
    model,
    loss: 'sparseCategoricalCrossentropy',
    config,
    describe: () => describeLayersModel('text-classifier', model, config),
  };
}
