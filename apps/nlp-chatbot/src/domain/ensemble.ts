// Several embedding-bag members trained apart, saved as ONE layers model that averages their
// probabilities, so the artifact, the server and the browser load a single model. The members'
// trained weights are copied into fresh layers with names unique per member. Browser-safe.
import { MaskedMeanPooling, tf, type TextClassifierConfig } from '@atlas/model-core';

export type BagShape = Pick<TextClassifierConfig, 'vocabularySize' | 'maxTokens' | 'classes' | 'embeddingDim'>;

export function combineMembers(members: tf.LayersModel[], shape: BagShape): tf.LayersModel {
  if (members.length === 1) return members[0];
  const ids = tf.input({ shape: [shape.maxTokens], dtype: 'int32', name: 'token_ids' });
  const layers = members.map((_, k) => ({
    embedding: tf.layers.embedding({ inputDim: shape.vocabularySize, outputDim: shape.embeddingDim ?? 64, name: `m${k}_embedding` }),
    pooling: new MaskedMeanPooling({ name: `m${k}_mean` }),
    output: tf.layers.dense({ units: shape.classes, activation: 'softmax', name: `m${k}_output` }),
  }));
  const outputs = layers.map((l) => l.output.apply(l.pooling.apply([l.embedding.apply(ids) as tf.SymbolicTensor, ids])) as tf.SymbolicTensor);
  const averaged = tf.layers.average({ name: 'member_average' }).apply(outputs) as tf.SymbolicTensor;
  const combined = tf.model({ inputs: ids, outputs: averaged, name: `text_bag_x${members.length}` });
  members.forEach((member, k) => {
    const [embedding, kernel, bias] = member.getWeights();
    layers[k].embedding.setWeights([embedding]);
    layers[k].output.setWeights([kernel, bias]);
    member.dispose();
  });
  return combined;
}

export interface MemberLayers {
  embedding: tf.layers.Layer;
  output: tf.layers.Layer;
}

/** Each member's embedding and softmax layer (a single bag model is one member). */
export function memberLayers(model: tf.LayersModel): MemberLayers[] {
  const embeddings = model.layers.filter((l) => l.getClassName() === 'Embedding');
  const outputs = model.layers.filter((l) => l.getClassName() === 'Dense');
  if (embeddings.length === 0 || embeddings.length !== outputs.length) throw new Error('not an embedding-bag model: expected one softmax layer per embedding');
  return embeddings.map((embedding, k) => ({ embedding, output: outputs[k] }));
}
