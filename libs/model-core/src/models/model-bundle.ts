import type { tf } from '../tf';
import type { LossFunction, LossName } from '../train/losses';
import type { ModelDescription } from './describe-model';

/** What every builder returns: the model to train, its loss, its config and a description. */
export interface ModelBundle<Config> {
  /** The model trainModel trains (and, except for the ranker, the one that serves). */
  model: tf.LayersModel;
  /** The loss to pass to trainModel. */
  loss: LossName | LossFunction;
  config: Readonly<Config>;
  describe(): ModelDescription;
}
