import { tf } from '../tf';

type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;

/**
 * Mean of the embeddings of the real tokens of each row: inputs are [embeddings [n, T, d], ids
 * [n, T]], and positions whose id is 0 (padding) are left out; a row with no token gives zeros.
 * This is fastText's "embedding bag" over word and character n-gram ids.
 */
export class MaskedMeanPooling extends tf.layers.Layer {
  static className = 'AtlasMaskedMeanPooling';

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const [embedded] = inputShape as tf.Shape[];
    return [embedded[0], embedded[2]];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const [embedded, ids] = inputs as tf.Tensor[];
      const mask = tf.expandDims(tf.cast(tf.notEqual(ids, 0), 'float32'), -1);
      const counts = tf.maximum(tf.sum(mask, 1), 1);
      return tf.div(tf.sum(tf.mul(embedded, mask), 1), counts);
    });
  }
}

/** Adds one trainable scalar (a global bias, e.g. the mean rating) to its input. */
export class ScalarBias extends tf.layers.Layer {
  static className = 'AtlasScalarBias';
  private readonly initialValue: number;
  private bias: tf.LayerVariable | null = null;

  constructor(args: LayerArgs & { initialValue?: number } = {}) {
    super(args);
    this.initialValue = args.initialValue ?? 0;
  }

  override build(): void {
    this.bias = this.addWeight('bias', [1], 'float32', tf.initializers.constant({ value: this.initialValue }));
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const input = Array.isArray(inputs) ? inputs[0] : inputs;
    if (!this.bias) throw new Error('ScalarBias was called before it was built');
    return tf.add(input, this.bias.read());
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), initialValue: this.initialValue };
  }
}

// Registered on import so that tf.loadLayersModel can rebuild models that use them, in Node and in
// the browser alike (the artifact loaders import this module).
tf.serialization.registerClass(MaskedMeanPooling);
tf.serialization.registerClass(ScalarBias);
