import { tf } from '../tf';

/**
 * A metric tracked during training. It returns one value per example (rank 1), so the epoch value is
 * the exact mean over the epoch's examples whatever the batch sizes. Evaluation metrics with a
 * non-additive form (AUC, F1) belong in the evaluation step after training, not here.
 */
export interface TrainingMetric {
  name: string;
  perExample: (yTrue: tf.Tensor | tf.Tensor[], yPred: tf.Tensor | tf.Tensor[]) => tf.Tensor;
}

export type TrainingMetricName = 'accuracy' | 'mae' | 'mse';

function single(tensor: tf.Tensor | tf.Tensor[]): tf.Tensor {
  if (Array.isArray(tensor)) {
    if (tensor.length !== 1) throw new Error('Named training metrics apply to single-output models');
    return tensor[0];
  }
  return tensor;
}

/**
 * Accuracy read off the shapes: one output column is binary (threshold 0.5), several columns with
 * one-hot labels compare arg-maxes, several columns with id labels compare the arg-max to the id.
 */
export function accuracyPerExample(yTrue: tf.Tensor | tf.Tensor[], yPred: tf.Tensor | tf.Tensor[]): tf.Tensor {
  return tf.tidy(() => {
    const labels = single(yTrue);
    const output = single(yPred);
    const columns = output.rank === 1 ? 1 : (output.shape[output.rank - 1] ?? 1);
    if (columns === 1) {
      const predicted = tf.greater(tf.reshape(output, [-1]), 0.5);
      const actual = tf.greater(tf.reshape(labels, [-1]), 0.5);
      return tf.cast(tf.equal(predicted, actual), 'float32');
    }
    const predicted = tf.argMax(output, -1);
    const labelColumns = labels.rank === 1 ? 1 : (labels.shape[labels.rank - 1] ?? 1);
    const actual = labelColumns === columns ? tf.argMax(labels, -1) : tf.cast(tf.reshape(labels, [-1]), 'int32');
    return tf.cast(tf.equal(predicted, actual), 'float32');
  });
}

function errorPerExample(power: 1 | 2) {
  return (yTrue: tf.Tensor | tf.Tensor[], yPred: tf.Tensor | tf.Tensor[]) =>
    tf.tidy(() => {
      const output = single(yPred);
      const labels = tf.reshape(tf.cast(single(yTrue), 'float32'), output.shape);
      const difference = tf.sub(labels, output);
      const perEntry = power === 1 ? tf.abs(difference) : tf.square(difference);
      return output.rank === 1 ? perEntry : tf.mean(perEntry, -1);
    });
}

const NAMED_METRICS: Record<TrainingMetricName, TrainingMetric> = {
  accuracy: { name: 'accuracy', perExample: accuracyPerExample },
  mae: { name: 'mae', perExample: errorPerExample(1) },
  mse: { name: 'mse', perExample: errorPerExample(2) },
};

export function resolveMetric(metric: TrainingMetricName | TrainingMetric): TrainingMetric {
  if (typeof metric !== 'string') return metric;
  const found = NAMED_METRICS[metric];
  if (!found) throw new Error(`Unknown training metric '${String(metric)}'; known: ${Object.keys(NAMED_METRICS).join(', ')}`);
  return found;
}
