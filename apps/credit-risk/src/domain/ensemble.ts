// Several independently trained MLPs served as one model: their dense layers are copied, under
// unique names, into towers over one shared input, and an average layer takes the mean of their
// outputs. One plain layers model, so it saves as one artifact, runs in one predict call and can be
// explained with integrated gradients like any other model. (Nesting the members as layers does not
// round-trip: tfjs refuses the duplicate weight names when it loads such a model.)
import { tf } from '@atlas/model-core';

export function averageOfMembers(members: readonly tf.LayersModel[], name = 'mlp_ensemble'): tf.LayersModel {
  if (members.length === 0) throw new Error('An ensemble needs at least one member');
  if (members.some((m) => m.inputs.length !== 1)) throw new Error('Ensemble members must take one numeric input');
  const width = members[0].inputs[0].shape[1];
  if (typeof width !== 'number') throw new Error('Ensemble members need a fixed input width');
  const input = tf.input({ shape: [width], name: 'numeric' });
  const outputs = members.map((member, k) => {
    let hidden: tf.SymbolicTensor = input;
    for (const layer of member.layers) {
      if (layer.getClassName() === 'InputLayer') continue;
      if (layer.getClassName() !== 'Dense') throw new Error(`Ensemble members must be dense networks; found ${layer.getClassName()}`);
      const config = layer.getConfig() as { units: number; activation: string; useBias: boolean };
      const copy = tf.layers.dense({
        units: config.units,
        activation: config.activation as 'relu',
        useBias: config.useBias,
        name: `member${k + 1}_${layer.name}`,
      });
      hidden = copy.apply(hidden) as tf.SymbolicTensor;
      copy.setWeights(layer.getWeights());
    }
    return hidden;
  });
  const mean = outputs.length === 1 ? outputs[0] : (tf.layers.average({ name: 'ensemble_mean' }).apply(outputs) as tf.SymbolicTensor);
  return tf.model({ inputs: input, outputs: mean, name });
}
