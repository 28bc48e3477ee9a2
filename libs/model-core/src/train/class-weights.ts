import { tf } from '../tf';

export type ClassWeights = Readonly<Record<number, number>> | readonly number[];

/**
 * The class of each example, read from the labels the way the loss reads them: a single column (or
 * a vector) holds the class id, or 0/1 for a binary target; several columns are one-hot rows.
 */
export function classIdsOf(labels: tf.Tensor): Int32Array {
  const ids = tf.tidy(() => {
    const isOneHot = labels.rank === 2 && labels.shape[1] !== 1;
    return isOneHot ? tf.argMax(labels, 1) : tf.cast(tf.round(tf.reshape(labels, [-1])), 'int32');
  });
  const values = ids.dataSync() as Int32Array;
  ids.dispose();
  return values;
}

/**
 * Per-example weights from per-class weights (Keras' `class_weight`). A class missing from the map
 * weighs 1. The loss then averages weight * loss over the batch, as Keras does, so the weights scale
 * the loss rather than being renormalised.
 */
export function sampleWeightsFromClassWeights(labels: tf.Tensor, classWeights: ClassWeights): Float32Array {
  const ids = classIdsOf(labels);
  const weights = new Float32Array(ids.length);
  const lookup = classWeights as Readonly<Record<number, number | undefined>>;
  for (let index = 0; index < ids.length; index += 1) {
    const weight = lookup[ids[index]];
    if (weight !== undefined && !(weight >= 0)) throw new Error(`Class weight for class ${ids[index]} is ${weight}`);
    weights[index] = weight ?? 1;
  }
  return weights;
}
