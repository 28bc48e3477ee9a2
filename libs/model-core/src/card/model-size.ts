import type { tf } from '../tf';

const BYTES_PER_ELEMENT: Record<string, number> = { float32: 4, int32: 4, bool: 1, complex64: 8 };

export interface ModelSize {
  /** Every weight entry, trainable or not (batch-norm statistics count). */
  parameters: number;
  trainableParameters: number;
  /** Bytes of the weights as saved (weights.bin): entries times their dtype's size. */
  bytes: number;
}

/** Parameter count and weight bytes of a layers model, as the tradeoff card reports them. */
export function measureModelSize(model: tf.LayersModel): ModelSize {
  let parameters = 0;
  let bytes = 0;
  for (const weight of model.weights) {
    const entries = weight.shape.reduce<number>((product, dimension) => product * (dimension ?? 0), 1);
    parameters += entries;
    bytes += entries * (BYTES_PER_ELEMENT[weight.dtype] ?? 4);
  }
  const trainableParameters = model.trainableWeights.reduce(
    (total, weight) => total + weight.shape.reduce<number>((product, dimension) => product * (dimension ?? 0), 1),
    0,
  );
  return { parameters, trainableParameters, bytes };
}
