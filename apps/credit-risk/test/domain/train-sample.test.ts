// Training on the project's own generated sample (no dataset needed): every configuration trains,
// evaluates and produces what serving needs, and the served predictor gives the training job's PDs.
import { buildCreditDefault } from '@atlas/data-pipeline/node';
import { initRuntime } from '@atlas/model-core/runtime/node';
import { CONFIGS, type CreditConfig } from '../../src/domain/configs';
import { tableFromExamples } from '../../src/domain/dataset';
import { predictPd } from '../../src/domain/fitted-model';
import { CreditPredictor } from '../../src/domain/predictor';
import { parsePreprocess } from '../../src/domain/preprocess';
import { trainCreditRun, type TrainingData } from '../../src/domain/train-run';
import { CLIENT } from './fixtures';

let data: TrainingData;

beforeAll(async () => {
  await initRuntime();
  const build = await buildCreditDefault({ source: 'sample' });
  data = {
    table: tableFromExamples(build.examples),
    split: { train: build.split.parts.train, validation: build.split.parts.val, test: build.split.parts.test, seed: 'atlas-2024', fingerprint: build.split.fingerprint },
    schema: { kind: 'taiwan-credit' },
    dataset: { id: build.id, name: 'sample', source: 'sample', citation: 'generated', license: 'generated' },
  };
});

const small = (config: CreditConfig): CreditConfig => (config.kind === 'mlp' ? { ...config, members: 2, hidden: [16], epochs: 4 } : { ...config, epochs: 10 });

describe.each(['mlp', 'mlp-no-protected', 'scorecard'] as const)('training %s on the sample', (name) => {
  it('cross-validates, fits, evaluates and packs what serving needs', async () => {
    const config = small(CONFIGS[name]);
    const fractions: number[] = [];
    const run = await trainCreditRun(config, data, { folds: 2, backend: 'wasm', latencyRuns: 20, onProgress: (p) => fractions.push(p.fraction) });
    const m = run.metrics;
    expect(m.crossValidation?.folds).toHaveLength(2);
    expect(m.dataset.rows.train + m.dataset.rows.test).toBe(data.table.ids.length);
    expect(m.test.auc.estimate).toBeGreaterThan(0.55); // the sample carries a real signal
    expect(m.test.auc.lower).toBeLessThanOrEqual(m.test.auc.estimate);
    expect(m.test.cutoffs).toHaveLength(101);
    expect(m.fairness?.map((f) => f.attribute)).toEqual(['SEX', 'AGE', 'EDUCATION']);
    expect(m.failureCases.length).toBeGreaterThan(0);
    expect(m.size.parameters).toBe(run.fitted.model.countParams());
    expect(run.card.quality.metric).toBe('roc_auc');
    expect(run.card.dataset.isSample).toBe(true);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions); // progress never goes back

    if (name === 'mlp-no-protected') expect(m.inputs).not.toContain('SEX');
    if (name === 'scorecard') {
      expect(run.fitted.scorecard?.characteristics.length).toBeGreaterThan(0);
      for (const ch of run.fitted.scorecard?.characteristics ?? []) expect(ch.weight).toBeLessThan(0);
    }

    // Serving reads preprocess.json back and gives the training job's PDs.
    const preprocess = parsePreprocess(JSON.parse(JSON.stringify(run.preprocess)));
    const predictor = new CreditPredictor(run.fitted.model, preprocess);
    const test = data.split.test.slice(0, 20).map((id) => data.table.rows[data.table.ids.indexOf(id)]);
    const direct = predictPd(run.fitted, test);
    const served = predictor.pds(test.map((r) => Object.fromEntries(Object.keys(CLIENT).map((k) => [k, r[k] as number]))));
    served.forEach((pd, i) => expect(pd).toBeCloseTo(direct[i], 6));

    const explanation = predictor.explain(CLIENT);
    expect(explanation.reasons.length).toBeLessThanOrEqual(4);
    expect(explanation.reasons.every((r) => r.contribution > 0)).toBe(true);
    expect(explanation.approved).toBe(explanation.pd < preprocess.cutoff);
    run.fitted.model.dispose();
  }, 120_000);
});
