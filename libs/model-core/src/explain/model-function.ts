// Every explainer takes a model either as a tf.LayersModel or as a plain function from a batch
// tensor to outputs, and reduces the outputs to one score per row: the number being explained.
import { tf } from '../tf';

/** A differentiable model: a batch in, a batch of outputs out. */
export type ModelFunction = (x: tf.Tensor) => tf.Tensor;

export type Explainable = tf.LayersModel | ModelFunction;

/** The model as a function, in inference mode (dropout off) so that explanations are repeatable. */
export function asModelFunction(model: Explainable): ModelFunction {
  if (model instanceof tf.LayersModel) {
    return (x) => {
      const output = model.apply(x, { training: false });
      if (Array.isArray(output)) throw new Error('Explanations need a model with a single output.');
      return output as tf.Tensor;
    };
  }
  return model;
}

/**
 * One score per row: outputs of shape [b] or [b, 1] as they are; [b, k] needs `target`, the class
 * (column) whose score is explained.
 */
export function scoreOf(output: tf.Tensor, target?: number): tf.Tensor1D {
  const rows = output.shape[0];
  if (output.rank === 1) return output as tf.Tensor1D;
  const flat = tf.reshape(output, [rows, -1]);
  const columns = flat.shape[1] as number;
  if (target === undefined) {
    if (columns !== 1) throw new Error(`The model has ${columns} outputs per row: say which one to explain (target).`);
    return tf.reshape(flat, [rows]);
  }
  if (!(Number.isInteger(target) && target >= 0 && target < columns)) {
    throw new RangeError(`target must be a column index in [0, ${columns}); got ${target}.`);
  }
  return tf.reshape(tf.slice(flat, [0, target], [rows, 1]), [rows]);
}

/** Scores of plain rows, for explainers that work on numbers (permutation importance). */
export function predictRowsWith(
  model: Explainable,
  options: { target?: number; batchSize?: number } = {},
): (rows: number[][]) => number[] {
  const run = asModelFunction(model);
  const batchSize = options.batchSize ?? 1024;
  return (rows) => {
    const scores: number[] = [];
    for (let start = 0; start < rows.length; start += batchSize) {
      const chunk = rows.slice(start, start + batchSize);
      const values = tf.tidy(() => scoreOf(run(tf.tensor2d(chunk)), options.target).dataSync());
      scores.push(...values);
    }
    return scores;
  };
}
