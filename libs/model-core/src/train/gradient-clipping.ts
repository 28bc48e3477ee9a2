import { tf } from '../tf';

/** sqrt of the sum of squares of every gradient entry: the norm of all gradients as one vector. */
export function globalNorm(gradients: tf.Tensor[]): tf.Scalar {
  return tf.tidy(() => tf.sqrt(tf.addN(gradients.map((gradient) => tf.sum(tf.square(gradient))))) as tf.Scalar);
}

/**
 * Scales all gradients by maxNorm / max(norm, maxNorm), as tf.clip_by_global_norm does: the direction
 * of the update is kept and only its length is capped, unlike clipping each value. Returns new tensors
 * (the inputs are left for the caller to dispose) and the norm before clipping.
 */
export function clipByGlobalNorm(
  gradients: tf.NamedTensorMap,
  maxNorm: number,
): { clipped: tf.NamedTensorMap; norm: tf.Scalar } {
  if (!(maxNorm > 0)) throw new Error(`clipNorm must be positive, got ${maxNorm}`);
  const names = Object.keys(gradients);
  return tf.tidy(() => {
    const norm = globalNorm(names.map((name) => gradients[name]));
    const scale = tf.div(maxNorm, tf.maximum(norm, maxNorm));
    const clipped: tf.NamedTensorMap = {};
    for (const name of names) clipped[name] = tf.mul(gradients[name], scale);
    return { clipped, norm };
  });
}
