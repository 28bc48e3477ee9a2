// Token attributions for text models: integrated gradients taken over the embedding outputs (ids
// are integers, so the path from a baseline must run through the embedded vectors), then summed
// over each token's embedding dimensions into one number per token. The baseline is the embedding
// of a neutral sequence (all padding by default), so the attributions say what each real token
// added relative to an empty text.
import { tf } from '../tf';
import { integratedGradientsOfFunction } from './integrated-gradients';
import type { ModelFunction } from './model-function';

/** A text model cut at its embedding: ids -> vectors, and vectors -> outputs. */
export interface EmbeddingModelParts {
  /** [batch, T] integer ids -> [batch, T, D] vectors. */
  embed: (ids: tf.Tensor) => tf.Tensor;
  /** [batch, T, D] vectors -> outputs. */
  fromEmbeddings: ModelFunction;
}

/**
 * Cuts a tf.Sequential whose first layer is an Embedding. Layers after it are applied one by one
 * in inference mode. Masking (maskZero) is not carried across the cut: pooling after the cut sees
 * padding vectors, which is also what the baseline contains.
 */
export function splitAtEmbedding(model: tf.LayersModel): EmbeddingModelParts {
  if (!(model instanceof tf.Sequential)) throw new Error('splitAtEmbedding needs a tf.Sequential; pass the parts yourself otherwise.');
  const layers = model.layers.filter((layer) => layer.getClassName() !== 'InputLayer');
  const [embedding, ...rest] = layers;
  if (!embedding || embedding.getClassName() !== 'Embedding') {
    throw new Error('The first layer of the model must be an Embedding.');
  }
  return {
    embed: (ids) => embedding.apply(ids) as tf.Tensor,
    fromEmbeddings: (vectors) =>
      rest.reduce<tf.Tensor>((current, layer) => layer.apply(current, { training: false }) as tf.Tensor, vectors),
  };
}

export interface TokenAttributionOptions {
  /** Printable tokens, one per id (e.g. from the tokenizer); ids are shown when absent. */
  tokens?: string[];
  /** The id that fills the baseline sequence (default 0, the usual padding id). */
  baselineId?: number;
  steps?: number;
  target?: number;
  batchSize?: number;
}

export interface TokenAttribution {
  position: number;
  id: number;
  token: string;
  attribution: number;
}

export interface TokenAttributionResult {
  tokens: TokenAttribution[];
  prediction: number;
  baselinePrediction: number;
  attributionSum: number;
  completenessGap: number;
  relativeGap: number;
}

/** Per-token attributions of one sequence of ids. */
export function tokenAttributions(
  model: tf.LayersModel | EmbeddingModelParts,
  ids: number[],
  options: TokenAttributionOptions = {},
): TokenAttributionResult {
  if (ids.length === 0) throw new RangeError('tokenAttributions needs at least one token.');
  if (options.tokens && options.tokens.length !== ids.length) throw new RangeError('tokens must have one entry per id.');
  const parts = model instanceof tf.LayersModel ? splitAtEmbedding(model) : model;
  const baselineId = options.baselineId ?? 0;
  const [vectors, baselineVectors] = tf.tidy(() => [
    tf.squeeze(parts.embed(tf.tensor2d([ids], [1, ids.length], 'int32')), [0]),
    tf.squeeze(parts.embed(tf.tensor2d([ids.map(() => baselineId)], [1, ids.length], 'int32')), [0]),
  ]);
  try {
    const result = integratedGradientsOfFunction(parts.fromEmbeddings, vectors, {
      baseline: baselineVectors,
      steps: options.steps,
      target: options.target,
      batchSize: options.batchSize,
    });
    const dimension = vectors.shape[1] as number;
    const tokens = ids.map((id, position) => {
      let attribution = 0;
      for (let offset = 0; offset < dimension; offset += 1) attribution += result.attributions[position * dimension + offset];
      return { position, id, token: options.tokens?.[position] ?? String(id), attribution };
    });
    return {
      tokens,
      prediction: result.prediction,
      baselinePrediction: result.baselinePrediction,
      attributionSum: result.attributionSum,
      completenessGap: result.completenessGap,
      relativeGap: result.relativeGap,
    };
  } finally {
    tf.dispose([vectors, baselineVectors]);
  }
}
