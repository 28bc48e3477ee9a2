// The trained weights as a TensorFlow.js model, so they travel in the shared artifact format
// (model.json + weights.bin, sha256-checked): MF in model-core's matrix-factorization graph, EASE as
// one bias-free dense layer (scores = x . B for a user's 0/1 row x), popularity as a bias vector.
// Serving reads them back into typed arrays and disposes the tensors.
import { buildMatrixFactorization, tf } from '@atlas/model-core';
import type { ScoringModel } from './recommender';

export function toLayersModel(model: ScoringModel, nUsers: number): tf.LayersModel {
  if (model.kind === 'mf') {
    const n = model.itemBias.length;
    const { model: m } = buildMatrixFactorization({ users: nUsers, items: n, factors: model.factors, globalMean: model.globalMean, seed: 7 } as never);
    const k = model.factors;
    m.getLayer('user_factors').setWeights([tf.tensor2d(model.userFactors, [nUsers, k])]);
    m.getLayer('item_factors').setWeights([tf.tensor2d(model.itemFactors, [n, k])]);
    m.getLayer('user_bias').setWeights([tf.tensor2d(model.userBias, [nUsers, 1])]);
    m.getLayer('item_bias').setWeights([tf.tensor2d(model.itemBias, [n, 1])]);
    const g = m.getLayer('global_bias');
    g.setWeights(g.getWeights().map(() => tf.tensor(Float32Array.of(model.globalMean), g.getWeights()[0].shape)));
    return m;
  }
  if (model.kind === 'ease') {
    const n = model.nItems;
    const m = tf.sequential({ name: 'ease' });
    m.add(tf.layers.dense({ units: n, inputShape: [n], useBias: false, name: 'item_weights' }));
    m.getLayer('item_weights').setWeights([tf.tensor2d(model.weights, [n, n])]);
    return m;
  }
  const n = model.counts.length;
  const m = tf.sequential({ name: 'popularity' });
  // One output per item and column: [counts..., shrunk mean rating...] whatever the input.
  m.add(tf.layers.dense({ units: 2 * n, inputShape: [1], useBias: true, kernelInitializer: 'zeros', name: 'popularity' }));
  const bias = new Float32Array(2 * n);
  bias.set(model.counts, 0);
  bias.set(model.itemMean, n);
  m.getLayer('popularity').setWeights([tf.zeros([1, 2 * n]), tf.tensor1d(bias)]);
  return m;
}

export interface FoldInSettings {
  reg: number;
  regBias: number;
  lambda: number;
}

export function fromLayersModel(m: tf.LayersModel, kind: ScoringModel['kind'], globalMean: number, settings: FoldInSettings): ScoringModel {
  const read = (layer: string, index = 0) => m.getLayer(layer).getWeights()[index].dataSync() as Float32Array;
  if (kind === 'mf') {
    const itemFactors = Float32Array.from(read('item_factors'));
    const itemBias = Float32Array.from(read('item_bias'));
    const factors = itemFactors.length / itemBias.length;
    return {
      kind: 'mf',
      factors,
      globalMean: read('global_bias')[0] ?? globalMean,
      userBias: Float32Array.from(read('user_bias')),
      itemBias,
      userFactors: Float32Array.from(read('user_factors')),
      itemFactors,
      reg: settings.reg,
      regBias: settings.regBias,
    };
  }
  if (kind === 'ease') {
    const weights = Float32Array.from(read('item_weights'));
    return { kind: 'ease', nItems: Math.round(Math.sqrt(weights.length)), weights, lambda: settings.lambda };
  }
  const both = read('popularity', 1);
  const n = both.length / 2;
  return { kind: 'popularity', counts: Float32Array.from(both.subarray(0, n)), itemMean: Float32Array.from(both.subarray(n)), globalMean };
}
