import { createSeededRandom } from '../seeded-random';
import { tf } from '../tf';
import { describeLayersModel } from './describe-model';
import type { ModelBundle } from './model-bundle';
import { SeedSequence } from './seeds';

export interface ImplicitRankerConfig {
  users: number;
  items: number;
  /** Latent dimension. Default 32. */
  factors?: number;
  /** L2 penalty on the factors and item biases. Default 1e-4. */
  l2?: number;
  seed: number;
}

export interface ImplicitRanker extends ModelBundle<ImplicitRankerConfig> {
  /**
   * The serving model, sharing its weights with `model`: inputs 'user_id' and 'item_id' ([n, 1] int32),
   * output the score p_u . q_i + b_i [n, 1]. Save this one as the artifact.
   */
  scorer: tf.LayersModel;
  /** Scores of every item for one user (higher ranks first). */
  scoreAllItems(user: number): Float32Array;
}

/**
 * Bayesian personalised ranking (Rendle et al., UAI 2009) over a two-tower dot product. `model` takes
 * [user, positive item, negative item] ([n, 1] int32 each) and outputs both scores [n, 2]; its loss
 * is -log sigmoid(positive - negative) = softplus(negative - positive) per triple. Make triples with sampleBprTriples.
 */
export function buildImplicitRanker(config: ImplicitRankerConfig): ImplicitRanker {
  const seeds = new SeedSequence(config.seed);
  const factors = config.factors ?? 32;
  const regularizer = tf.regularizers.l2({ l2: config.l2 ?? 1e-4 });
  const embedding = (inputDim: number, outputDim: number, name: string) =>
    tf.layers.embedding({ inputDim, outputDim, embeddingsInitializer: seeds.embedding(0.1), embeddingsRegularizer: regularizer, name });
  // One set of layers, applied to every input: the two models share their weights.
  const userTower = embedding(config.users, factors, 'user_factors');
  const itemTower = embedding(config.items, factors, 'item_factors');
  const itemBias = embedding(config.items, 1, 'item_bias');
  const flatten = tf.layers.flatten();
  const dot = tf.layers.dot({ axes: 1 });
  const add = tf.layers.add();
  const score = (user: tf.SymbolicTensor, item: tf.SymbolicTensor) => {
    const affinity = dot.apply([flatten.apply(userTower.apply(user)), flatten.apply(itemTower.apply(item))] as tf.SymbolicTensor[]);
    return add.apply([affinity as tf.SymbolicTensor, flatten.apply(itemBias.apply(item)) as tf.SymbolicTensor]) as tf.SymbolicTensor;
  };

  const user = tf.input({ shape: [1], dtype: 'int32', name: 'user_id' });
  const item = tf.input({ shape: [1], dtype: 'int32', name: 'item_id' });
  const scorer = tf.model({ inputs: [user, item], outputs: score(user, item), name: 'implicit_scorer' });

  const trainUser = tf.input({ shape: [1], dtype: 'int32', name: 'user_id' });
  const positive = tf.input({ shape: [1], dtype: 'int32', name: 'positive_item_id' });
  const negative = tf.input({ shape: [1], dtype: 'int32', name: 'negative_item_id' });
  // tfjs has no subtract layer: both scores go out side by side and the loss takes the difference.
  const scores = tf.layers
    .concatenate({ axis: 1, name: 'positive_negative_scores' })
    .apply([score(trainUser, positive), score(trainUser, negative)]) as tf.SymbolicTensor;
  const model = tf.model({ inputs: [trainUser, positive, negative], outputs: scores, name: 'implicit_bpr' });

  return {
    model,
    scorer,
    loss: bprLoss,
    config,
    describe: () => describeLayersModel('implicit-ranker', scorer, config),
    scoreAllItems: (userId: number) =>
      tf.tidy(() => {
        const users = tf.fill([config.items, 1], userId, 'int32');
        const items = tf.range(0, config.items, 1, 'int32').reshape([config.items, 1]);
        return (scorer.predict([users, items]) as tf.Tensor).dataSync() as Float32Array;
      }),
  };
}

/**
 * Per triple: -log sigmoid(s(u, i+) - s(u, i-)), computed stably as softplus(s(u, i-) - s(u, i+)).
 * The labels are ignored (pass any [n, 1] tensor); the model output holds [positive, negative] scores.
 */
export function bprLoss(_yTrue: tf.Tensor | tf.Tensor[], yPred: tf.Tensor | tf.Tensor[]): tf.Tensor {
  return tf.tidy(() => {
    const scores = Array.isArray(yPred) ? yPred[0] : yPred;
    const [positive, negative] = tf.split(scores, 2, 1);
    return tf.reshape(tf.softplus(tf.sub(negative, positive)), [-1]);
  });
}

export interface BprTriples {
  users: Int32Array;
  positives: Int32Array;
  negatives: Int32Array;
}

/**
 * For each (user, item) interaction, `negativesPerPositive` items the user has not interacted with,
 * drawn uniformly with a seed (Rendle's uniform sampling). Call it again with another seed each epoch
 * or round for fresh negatives.
 */
export function sampleBprTriples(
  interactions: readonly (readonly [number, number])[],
  items: number,
  options: { negativesPerPositive?: number; seed: number },
): BprTriples {
  const perPositive = options.negativesPerPositive ?? 1;
  const random = createSeededRandom(options.seed);
  const seen = new Map<number, Set<number>>();
  for (const [user, item] of interactions) {
    if (!seen.has(user)) seen.set(user, new Set());
    seen.get(user)?.add(item);
  }
  const total = interactions.length * perPositive;
  const triples: BprTriples = { users: new Int32Array(total), positives: new Int32Array(total), negatives: new Int32Array(total) };
  let at = 0;
  for (const [user, item] of interactions) {
    const known = seen.get(user) ?? new Set<number>();
    if (known.size >= items) throw new Error(`User ${user} has interacted with every item; no negative exists`);
    for (let draw = 0; draw < perPositive; draw += 1) {
      let negative = Math.floor(random() * items);
      while (known.has(negative)) negative = Math.floor(random() * items);
      triples.users[at] = user;
      triples.positives[at] = item;
      triples.negatives[at] = negative;
      at += 1;
    }
  }
  return triples;
}
