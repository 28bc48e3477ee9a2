import { createSeededRandom } from '../seeded-random';
import { tf } from '../tf';

/**
 * Seeds for each initializer of a model, drawn from one seeded stream, so the whole model depends
 * only on the builder's seed. tfjs initializers without a seed use Math.random.
 */
type Initializer = ReturnType<typeof tf.initializers.glorotUniform>;

export class SeedSequence {
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = createSeededRandom(seed);
  }

  next(): number {
    return Math.floor(this.random() * 2 ** 31);
  }

  glorotUniform(): Initializer {
    return tf.initializers.glorotUniform({ seed: this.next() });
  }

  heNormal(): Initializer {
    return tf.initializers.heNormal({ seed: this.next() });
  }

  /** Small random embeddings; the scale of Keras' default (uniform in [-0.05, 0.05]). */
  embedding(scale = 0.05): Initializer {
    return tf.initializers.randomUniform({ minval: -scale, maxval: scale, seed: this.next() });
  }
}
