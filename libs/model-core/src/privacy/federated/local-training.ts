// Plain minibatch training of a layers model with a custom loop: what a federated client runs
// between two aggregations when no example-level DP is asked for. tfjs's own fit() shuffles with
// Math.random, which cannot be seeded; this loop shuffles with the caller's seeded source.
import { tf } from '../../tf';
import { shuffledBatches } from '../batch-sampling';
import type { PerExampleLoss } from '../clipped-gradients';
import type { UniformSource } from '../random-sources';

export interface LocalTrainingOptions {
  lossFn: PerExampleLoss;
  optimizer: tf.Optimizer;
  epochs: number;
  batchSize: number;
  uniform: UniformSource;
}

/** Runs the epochs and returns the mean of the batch losses (each taken before its update). */
export function trainLocalEpochs(model: tf.LayersModel, x: tf.Tensor, y: tf.Tensor, options: LocalTrainingOptions): number {
  const count = x.shape[0];
  // The batch losses stay on the backend until the end: reading each one would stall every step.
  const losses: tf.Scalar[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (const indices of shuffledBatches(count, options.batchSize, options.uniform)) {
      const [xBatch, yBatch] = tf.tidy(() => {
        const picked = tf.tensor1d(indices, 'int32');
        return [tf.gather(x, picked), tf.gather(y, picked)];
      });
      const loss = options.optimizer.minimize(
        () => tf.mean(options.lossFn(yBatch, model.apply(xBatch, { training: true }) as tf.Tensor)) as tf.Scalar,
        true,
      );
      tf.dispose([xBatch, yBatch]);
      if (loss) losses.push(loss);
    }
  }
  if (losses.length === 0) return 0;
  const mean = tf.tidy(() => tf.mean(tf.stack(losses)));
  const value = mean.dataSync()[0];
  tf.dispose([mean, ...losses]);
  return value;
}
