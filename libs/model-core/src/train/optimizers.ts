import { tf } from '../tf';

export interface OptimizerSpec {
  name: 'adam' | 'sgd' | 'momentum' | 'rmsprop' | 'adagrad';
  learningRate: number;
  /** For 'momentum' (default 0.9). */
  momentum?: number;
}

export function createOptimizer(spec: OptimizerSpec): tf.Optimizer {
  switch (spec.name) {
    case 'adam':
      return tf.train.adam(spec.learningRate);
    case 'sgd':
      return tf.train.sgd(spec.learningRate);
    case 'momentum':
      return tf.train.momentum(spec.learningRate, spec.momentum ?? 0.9);
    case 'rmsprop':
      return tf.train.rmsprop(spec.learningRate);
    case 'adagrad':
      return tf.train.adagrad(spec.learningRate);
  }
}

interface WithLearningRate {
  learningRate?: unknown;
  setLearningRate?: (rate: number) => void;
}

/** The rate the optimizer was built with; every tfjs optimizer keeps it in `learningRate`. */
export function learningRateOf(optimizer: tf.Optimizer): number {
  const rate = (optimizer as unknown as WithLearningRate).learningRate;
  if (typeof rate !== 'number') throw new Error(`Cannot read the learning rate of ${optimizer.getClassName()}`);
  return rate;
}

/**
 * tfjs has no public setter for most optimizers, but each reads `this.learningRate` on every update
 * (checked for tfjs 4.22). SGD and momentum cache it as a tensor, which their setLearningRate renews.
 */
export function setLearningRate(optimizer: tf.Optimizer, rate: number): void {
  const target = optimizer as unknown as WithLearningRate;
  if (typeof target.setLearningRate === 'function') target.setLearningRate(rate);
  else target.learningRate = rate;
}
