import { tf } from '../tf';
import { describeLayersModel } from './describe-model';
import type { ModelBundle } from './model-bundle';
import { SeedSequence } from './seeds';

export interface LogisticRegressionConfig {
  inputs: number;
  /** 2 (default): one sigmoid output and binary cross-entropy; more: softmax over class ids. */
  classes?: number;
  /** L2 penalty on the weights (not the bias). */
  l2?: number;
  seed: number;
}

/** A linear model: sigmoid(w.x + b), or softmax(Wx + b) for several classes. */
export function buildLogisticRegression(config: LogisticRegressionConfig): ModelBundle<LogisticRegressionConfig> {
  const classes = config.classes ?? 2;
  if (classes < 2) throw new Error(`classes must be at least 2, got ${classes}`);
  const seeds = new SeedSequence(config.seed);
  const binary = classes === 2;
  const model = tf.sequential({ name: 'logistic_regression' });
  model.add(
    tf.layers.dense({
      inputShape: [config.inputs],
      units: binary ? 1 : classes,
      activation: binary ? 'sigmoid' : 'softmax',
      kernelInitializer: seeds.glorotUniform(),
      kernelRegularizer: config.l2 ? tf.regularizers.l2({ l2: config.l2 }) : undefined,
    }),
  );
  return {
    model,
    loss: binary ? 'binaryCrossentropy' : 'sparseCategoricalCrossentropy',
    config,
    describe: () => describeLayersModel('logistic-regression', model, config),
  };
}
