import { measureModelSize } from '../card/model-size';
import type { tf } from '../tf';

export interface TensorDescription {
  name: string;
  shape: (number | null)[];
  dtype: string;
}

export interface ModelDescription {
  /** Which builder made it: 'logistic-regression', 'tabular-mlp', ... */
  kind: string;
  parameters: number;
  trainableParameters: number;
  weightBytes: number;
  layers: number;
  inputs: TensorDescription[];
  outputs: TensorDescription[];
  /** The builder's configuration, so a run record says what was trained. */
  config: Record<string, unknown>;
}

export function describeLayersModel(kind: string, model: tf.LayersModel, config: object): ModelDescription {
  const size = measureModelSize(model);
  const describe = (tensor: tf.SymbolicTensor): TensorDescription => ({
    name: tensor.name,
    shape: [...tensor.shape],
    dtype: tensor.dtype,
  });
  return {
    kind,
    parameters: size.parameters,
    trainableParameters: size.trainableParameters,
    weightBytes: size.bytes,
    layers: model.layers.length,
    inputs: model.inputs.map(describe),
    outputs: model.outputs.map(describe),
    config: { ...config },
  };
}
