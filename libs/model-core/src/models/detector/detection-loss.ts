import { tf } from '../../tf';
import type { LossFunction } from '../../train/losses';
import type { DetectorLayout } from './detector-config';

function single(tensor: tf.Tensor | tf.Tensor[]): tf.Tensor {
  return Array.isArray(tensor) ? tensor[0] : tensor;
}

function channels(tensor: tf.Tensor, from: number, count: number): tf.Tensor {
  return tf.slice(tensor, [0, 0, 0, from], [-1, -1, -1, count]);
}

/**
 * CenterNet's training loss ("Objects as Points", eq. 1-3), over a whole batch:
 * - the penalty-reduced focal loss on the heat map (alpha 2, beta 4): -(1-p)^2 log p at centres,
 *   -(1-y)^4 p^2 log(1-p) elsewhere, with log p and log(1-p) taken as log-sigmoids of the logits;
 * - L1 losses on size and offset at the centre cells,
 * each divided by the number of objects in the batch. Returns a scalar (so class weights do not apply).
 */
export function centerNetLoss(layout: DetectorLayout, weights: { size?: number; offset?: number } = {}): LossFunction {
  const { classes } = layout;
  const sizeWeight = weights.size ?? 0.1;
  const offsetWeight = weights.offset ?? 1;
  return (yTrue, yPred) =>
    tf.tidy(() => {
      const target = single(yTrue);
      const output = single(yPred);
      const heatTarget = channels(target, 0, classes);
      const mask = channels(target, classes + 4, 1);
      const logits = channels(output, 0, classes);
      const probability = tf.sigmoid(logits);
      const logP = tf.neg(tf.softplus(tf.neg(logits)));
      const logNotP = tf.neg(tf.softplus(logits));
      const isCentre = tf.cast(tf.greaterEqual(heatTarget, 1 - 1e-6), 'float32');
      const positive = tf.sum(tf.mul(tf.mul(logP, tf.square(tf.sub(1, probability))), isCentre));
      const reduction = tf.square(tf.square(tf.sub(1, heatTarget)));
      const negative = tf.sum(tf.mul(tf.mul(tf.mul(logNotP, tf.square(probability)), reduction), tf.sub(1, isCentre)));
      const objects = tf.maximum(tf.sum(mask), 1);
      const focal = tf.div(tf.neg(tf.add(positive, negative)), objects);
      const l1 = (from: number) =>
        tf.div(tf.sum(tf.mul(tf.abs(tf.sub(channels(output, from, 2), channels(target, from, 2))), mask)), objects);
      return tf.addN([focal, tf.mul(l1(classes), sizeWeight), tf.mul(l1(classes + 2), offsetWeight)]);
    });
}
