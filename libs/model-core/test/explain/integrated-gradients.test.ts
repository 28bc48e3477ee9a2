// Integrated gradients on models whose attributions are known in closed form.
import { initRuntime } from '../../src/runtime/node';
import { tf } from '../../src/tf';
import { integratedGradients, tabularIntegratedGradients, tokenAttributions } from '../../src/explain';

beforeAll(async () => {
  await initRuntime({ backend: 'wasm' });
});

describe('integrated gradients', () => {
  it('gives w * (x - baseline) exactly on a linear model, with no completeness gap', () => {
    const w = [0.5, -2, 3, 0];
    const model = tf.sequential();
    model.add(tf.layers.dense({ inputShape: [4], units: 1, useBias: true }));
    model.setWeights([tf.tensor2d(w, [4, 1]), tf.tensor1d([0.7])]);
    const x = [1, 2, -1, 5];
    const baseline = [0.5, 0.5, 0.5, 0.5];
    const result = tabularIntegratedGradients(model, x, { baseline, steps: 8, featureNames: ['a', 'b', 'c', 'd'] });
    result.features.forEach((feature, index) => {
      expect(feature.feature).toBe(['a', 'b', 'c', 'd'][index]);
      expect(feature.attribution).toBeCloseTo(w[index] * (x[index] - baseline[index]), 5);
    });
    const expectedDelta = w.reduce((sum, weight, index) => sum + weight * (x[index] - baseline[index]), 0);
    expect(result.prediction - result.baselinePrediction).toBeCloseTo(expectedDelta, 5);
    expect(result.completenessGap).toBeLessThan(1e-5);
    model.dispose();
  });

  it('reports the gap the trapezoid rule leaves: x^3 gets x^3 (1 + 1 / (2 m^2))', () => {
    // F(x) = x0^3 + x1: along the path a x from 0, dF/dx0 = 3 a^2 x0^2, whose trapezoid integral
    // over m intervals is 3 x0^2 (1/3 + 1/(6 m^2)). So IG(x0) = x0^3 (1 + 1/(2 m^2)) and the
    // completeness gap is x0^3 / (2 m^2): 8 / 200 = 0.04 at x0 = 2, m = 10.
    const cubic = (batch: tf.Tensor): tf.Tensor => {
      const [first, second] = tf.split(batch, 2, 1);
      return tf.add(tf.pow(first, 3), second);
    };
    for (const steps of [10, 50]) {
      const result = integratedGradients(cubic, [2, 3], { steps });
      expect(result.attributions[0]).toBeCloseTo(8 * (1 + 1 / (2 * steps * steps)), 4);
      expect(result.attributions[1]).toBeCloseTo(3, 5);
      expect(result.completenessGap).toBeCloseTo(8 / (2 * steps * steps), 4);
    }
  });

  it('explains the chosen output of a multi-class model and completes within 1% at 50 steps', () => {
    const model = tf.sequential();
    model.add(tf.layers.dense({ inputShape: [3], units: 6, activation: 'tanh', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }));
    model.add(tf.layers.dense({ units: 3, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }));
    const x = [1.5, -0.5, 2];
    const forClass = [0, 1, 2].map((target) => integratedGradients(model, x, { target, steps: 50 }));
    const probabilities = (model.predict(tf.tensor2d([x])) as tf.Tensor).dataSync();
    forClass.forEach((result, target) => {
      expect(result.prediction).toBeCloseTo(probabilities[target], 5);
      expect(result.relativeGap).toBeLessThan(0.01);
    });
    // The three classes' probabilities sum to 1 at every point, so their attributions cancel.
    [0, 1, 2].forEach((feature) => {
      const total = forClass.reduce((sum, result) => sum + result.attributions[feature], 0);
      expect(Math.abs(total)).toBeLessThan(1e-3);
    });
    expect(() => integratedGradients(model, x)).toThrow(/target/);
    model.dispose();
  });

  it('leaves no tensors behind', () => {
    const model = tf.sequential();
    model.add(tf.layers.dense({ inputShape: [3], units: 1, activation: 'sigmoid' }));
    integratedGradients(model, [1, 2, 3], { steps: 20, batchSize: 7 });
    const before = tf.memory().numTensors;
    integratedGradients(model, [1, 2, 3], { steps: 20, batchSize: 7 });
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});

describe('token attributions', () => {
  it('attributes an embedding-bag classifier token by token, exactly where the model is linear', () => {
    // Embedding (vocab 5, dim 2) -> mean over tokens -> dense(1), all linear: the score is
    // w . mean_t e_t + b, so token t's attribution against an all-padding baseline is
    // w . (e_t - e_pad) / T.
    const table = [
      [0, 0], // 0: padding
      [1, 0], // 1: "late"
      [0, 1], // 2: "paid"
      [2, 2], // 3: "default"
      [0.5, -1], // 4: "the"
    ];
    const w = [1.5, -1];
    const model = tf.sequential();
    model.add(tf.layers.embedding({ inputDim: 5, outputDim: 2, inputLength: 4 }));
    model.add(tf.layers.globalAveragePooling1d());
    model.add(tf.layers.dense({ units: 1 }));
    model.setWeights([tf.tensor2d(table), tf.tensor2d(w, [2, 1]), tf.tensor1d([0.1])]);
    const ids = [4, 1, 3, 2];
    const words = ['the', 'late', 'default', 'paid'];
    const result = tokenAttributions(model, ids, { tokens: words, steps: 4 });
    const expected = ids.map((id) => (w[0] * table[id][0] + w[1] * table[id][1]) / ids.length);
    result.tokens.forEach((token, position) => {
      expect(token.token).toBe(words[position]);
      expect(token.attribution).toBeCloseTo(expected[position], 5);
    });
    expect(result.completenessGap).toBeLessThan(1e-5);
    const ranked = [...result.tokens].sort((a, b) => b.attribution - a.attribution).map((token) => token.token);
    expect(ranked).toEqual(['the', 'late', 'default', 'paid']);
    model.dispose();
  });
});
