import { tf } from '../tf';

/**
 * A loss takes the labels and the model output of one batch. It returns either one loss per example
 * (rank 1, length = batch), which lets trainModel apply class and sample weights, or a scalar for
 * losses that are only defined over a whole batch (the detector's focal loss, normalised by the number
 * of objects in the batch); a scalar loss cannot be weighted per example.
 */
export type LossFunction = (yTrue: tf.Tensor | tf.Tensor[], yPred: tf.Tensor | tf.Tensor[]) => tf.Tensor;

export type LossName =
  | 'binaryCrossentropy'
  | 'categoricalCrossentropy'
  | 'sparseCategoricalCrossentropy'
  | 'meanSquaredError'
  | 'meanAbsoluteError';

// Keras' epsilon: probabilities are clipped to [EPSILON, 1 - EPSILON] before the log.
const EPSILON = 1e-7;

function single(tensor: tf.Tensor | tf.Tensor[], role: string): tf.Tensor {
  if (Array.isArray(tensor)) {
    if (tensor.length !== 1) throw new Error(`This loss expects one ${role} tensor, got ${tensor.length}`);
    return tensor[0];
  }
  return tensor;
}

/** Labels shaped like the predictions' leading axis: [n] or [n, 1] become [n]. */
function asColumn(tensor: tf.Tensor): tf.Tensor {
  return tensor.rank === 1 ? tensor.reshape([-1, 1]) : tensor;
}

/** Per example: -(y log p + (1 - y) log(1 - p)), averaged over the output columns. */
export function binaryCrossentropy(yTrue: tf.Tensor | tf.Tensor[], yPred: tf.Tensor | tf.Tensor[]): tf.Tensor {
  return tf.tidy(() => {
    const labels = tf.cast(asColumn(single(yTrue, 'label')), 'float32');
    const probabilities = tf.clipByValue(asColumn(single(yPred, 'output')), EPSILON, 1 - EPSILON);
    const perEntry = tf.neg(
      tf.add(tf.mul(labels, tf.log(probabilities)), tf.mul(tf.sub(1, labels), tf.log(tf.sub(1, probabilities)))),
    );
    return tf.mean(perEntry, -1);
  });
}

/** Per example: -sum(y * log p) over one-hot labels. */
export function categoricalCrossentropy(yTrue: tf.Tensor | tf.Tensor[], yPred: tf.Tensor | tf.Tensor[]): tf.Tensor {
  return tf.tidy(() => {
    const labels = tf.cast(single(yTrue, 'label'), 'float32');
    const probabilities = tf.clipByValue(single(yPred, 'output'), EPSILON, 1 - EPSILON);
    return tf.neg(tf.sum(tf.mul(labels, tf.log(probabilities)), -1));
  });
}

/** Per example: -log p[class], with the class as an integer id ([n] or [n, 1]). */
export function sparseCategoricalCrossentropy(
  yTrue: tf.Tensor | tf.Tensor[],
  yPred: tf.Tensor | tf.Tensor[],
): tf.Tensor {
  return tf.tidy(() => {
    const probabilities = single(yPred, 'output');
    const classes = probabilities.shape[probabilities.shape.length - 1] ?? 1;
    const ids = tf.cast(tf.reshape(single(yTrue, 'label'), [-1]), 'int32');
    return categoricalCrossentropy(tf.oneHot(ids, classes), probabilities);
  });
}

export function meanSquaredError(yTrue: tf.Tensor | tf.Tensor[], yPred: tf.Tensor | tf.Tensor[]): tf.Tensor {
  return tf.tidy(() => {
    const labels = tf.cast(asColumn(single(yTrue, 'label')), 'float32');
    return tf.mean(tf.squaredDifference(labels, asColumn(single(yPred, 'output'))), -1);
  });
}

export function meanAbsoluteError(yTrue: tf.Tensor | tf.Tensor[], yPred: tf.Tensor | tf.Tensor[]): tf.Tensor {
  return tf.tidy(() => {
    const labels = tf.cast(asColumn(single(yTrue, 'label')), 'float32');
    return tf.mean(tf.abs(tf.sub(labels, asColumn(single(yPred, 'output')))), -1);
  });
}

const NAMED_LOSSES: Record<LossName, LossFunction> = {
  binaryCrossentropy,
  categoricalCrossentropy,
  sparseCategoricalCrossentropy,
  meanSquaredError,
  meanAbsoluteError,
};

export function resolveLoss(loss: LossName | LossFunction): LossFunction {
  if (typeof loss === 'function') return loss;
  const found = NAMED_LOSSES[loss];
  if (!found) throw new Error(`Unknown loss '${String(loss)}'; known: ${Object.keys(NAMED_LOSSES).join(', ')}`);
  return found;
}
