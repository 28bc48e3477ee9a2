// Reason codes in plain words, from hand-made contributions and from a linear credit model.
import { initRuntime } from '../../src/runtime/node';
import { tf } from '../../src/tf';
import { reasonCodes, tabularIntegratedGradients, type ReasonTemplate } from '../../src/explain';

const templates: Record<string, ReasonTemplate> = {
  PAY_0: { whenHigh: 'Recent payments were late', formatValue: (months) => `${months} month${months === 1 ? '' : 's'}` },
  LIMIT_BAL: { whenLow: 'Credit limit is low', formatValue: (amount) => amount.toLocaleString('en-US') },
  BILL_AMT1: { label: 'Last bill amount' },
  AGE: { whenHigh: 'Age', whenLow: 'Age' },
};

describe('reason codes', () => {
  const featureNames = ['LIMIT_BAL', 'AGE', 'PAY_0', 'BILL_AMT1', 'PAY_AMT1'];
  const values = [20000, 35, 2, 48000, 0];
  const reference = [160000, 35, 0, 20000, 5000];

  it('lists only features that push toward the bad outcome, strongest first, in plain words', () => {
    const codes = reasonCodes({
      featureNames,
      values,
      reference,
      contributions: [0.12, -0.05, 0.31, 0.04, 0.09],
      templates,
      topK: 3,
    });
    expect(codes.map((code) => code.text)).toEqual([
      'Recent payments were late (PAY_0 = 2 months)',
      'Credit limit is low (LIMIT_BAL = 20,000)',
      'PAY_AMT1 is low (PAY_AMT1 = 0)',
    ]);
    expect(codes.map((code) => code.rank)).toEqual([1, 2, 3]);
    expect(codes[0]).toMatchObject({ feature: 'PAY_0', direction: 'high', contribution: 0.31 });
  });

  it('keeps input order on ties and drops pushes toward the good outcome or below the floor', () => {
    const codes = reasonCodes({
      featureNames,
      values,
      reference,
      contributions: [0.1, 0, 0.1, 0.1, -0.3],
      templates,
      minContribution: 0,
    });
    expect(codes.map((code) => code.feature)).toEqual(['LIMIT_BAL', 'PAY_0', 'BILL_AMT1']);
    expect(codes[2].text).toBe('Last bill amount is high (BILL_AMT1 = 48000)');
    expect(reasonCodes({ featureNames, values, contributions: [0.1, 0.02, 0.1, 0.1, 0], minContribution: 0.05 }).map((code) => code.feature)).toEqual([
      'LIMIT_BAL',
      'PAY_0',
      'BILL_AMT1',
    ]);
  });

  it('flips the sign when the score is the good outcome, and reads without a reference', () => {
    const codes = reasonCodes({
      featureNames,
      values,
      contributions: [-0.2, 0.5, -0.4, 0, 0],
      scoreDirection: 'higher-is-good',
    });
    expect(codes.map((code) => code.feature)).toEqual(['PAY_0', 'LIMIT_BAL']);
    expect(codes[0]).toMatchObject({ direction: 'unknown', text: 'PAY_0 (PAY_0 = 2)', contribution: 0.4 });
  });

  it('turns integrated gradients of a logistic credit model into reasons', async () => {
    await initRuntime({ backend: 'wasm' });
    // Standardised inputs; the score is the probability of default.
    const model = tf.sequential();
    model.add(tf.layers.dense({ inputShape: [3], units: 1, activation: 'sigmoid' }));
    model.setWeights([tf.tensor2d([-1.2, 1.8, 0.3], [3, 1]), tf.tensor1d([-1])]);
    const names = ['LIMIT_BAL', 'PAY_0', 'BILL_AMT1'];
    const applicant = [-1.5, 2, -0.5];
    const attributions = tabularIntegratedGradients(model, applicant, { baseline: [0, 0, 0], steps: 64, featureNames: names });
    const codes = reasonCodes({
      featureNames: names,
      values: applicant,
      reference: [0, 0, 0],
      contributions: attributions.attributions,
      templates: { PAY_0: { whenHigh: 'Recent payments were late' }, LIMIT_BAL: { whenLow: 'Credit limit is low' } },
    });
    // PAY_0 pushes 1.8 * 2 = 3.6 logits, LIMIT_BAL 1.2 * 1.5 = 1.8, BILL_AMT1 -0.15 (toward good).
    expect(codes.map((code) => code.text)).toEqual(['Recent payments were late (PAY_0 = 2)', 'Credit limit is low (LIMIT_BAL = -1.5)']);
    model.dispose();
  });
});
