import { netBenefit, predictiveValues, wilsonInterval } from '../src/domain/clinical';
import { fitPreprocess, transformRow } from '../src/domain/features';
import { hospitalOf, PIMA, WDBC } from '../src/domain/tasks';
import { stratifiedFolds, type Patient } from '../src/domain/train-run';
import { trainArguments } from '../src/cli/train-arguments';
import { generatePimaSample } from './helpers/sample';

describe('imputation inside the training fold', () => {
  // A tiny table: glucose is missing in one training row and in the test row.
  const train = [
    { glucose: 100, insulin: 50, bmi: 30, age: 30 },
    { glucose: 120, insulin: null, bmi: 20, age: 40 },
    { glucose: null, insulin: 150, bmi: 40, age: 50 },
    { glucose: 200, insulin: 90, bmi: 25, age: 60 },
  ];
  const test = { glucose: null, insulin: null, bmi: 1000, age: 22 };

  it('uses the medians of the training rows only, whatever the test rows hold', () => {
    const pre = fitPreprocess(PIMA, train);
    const col = (n: string) => pre.columns.find((c) => c.name === n) ?? pre.columns[0];
    expect(col('glucose').median).toBe(120); // median of 100, 120, 200
    expect(col('insulin').median).toBe(90); // median of 50, 150, 90
    expect(col('bmi').median).toBe(27.5); // (25 + 30) / 2: the test row's 1000 is never seen
    expect(col('glucose').missingInTraining).toBe(1);
    const { x, imputed } = transformRow(pre, test);
    expect(imputed).toEqual(expect.arrayContaining(['glucose', 'insulin', 'pregnancies']));
    // Imputed glucose 120, standardized with the training mean (100 + 120 + 120 + 200) / 4 = 135.
    const g = col('glucose');
    expect(g.mean).toBeCloseTo(135, 10);
    expect(x[PIMA.features.findIndex((f) => f.name === 'glucose')]).toBeCloseTo((120 - 135) / g.std, 10);
    // Missing indicators: skin_thickness and insulin.
    expect(pre.inputNames.slice(-2)).toEqual(['skin_thickness_missing', 'insulin_missing']);
    expect(x.slice(-2)).toEqual([1, 1]);
  });

  it('takes no labels: the statistics cannot be per outcome class, and row order does not matter', () => {
    expect(fitPreprocess.length).toBe(2);
    const a = fitPreprocess(PIMA, train).columns.map((c) => c.median);
    const b = fitPreprocess(PIMA, [...train].reverse()).columns.map((c) => c.median);
    expect(a).toEqual(b);
  });
});

describe('predictive values by Bayes', () => {
  it('matches the hand computation', () => {
    // sens 0.8, spec 0.9, prevalence 0.1: TP 0.08, FP 0.09, TN 0.81, FN 0.02.
    const { ppv, npv } = predictiveValues({ sensitivity: 0.8, specificity: 0.9 }, 0.1);
    expect(ppv).toBeCloseTo(0.08 / 0.17, 12);
    expect(npv).toBeCloseTo(0.81 / 0.83, 12);
    // At prevalence 0.5: PPV = 0.4 / (0.4 + 0.05).
    expect(predictiveValues({ sensitivity: 0.8, specificity: 0.9 }, 0.5).ppv).toBeCloseTo(0.4 / 0.45, 12);
  });
  it('net benefit and Wilson interval', () => {
    // 0.8 * 0.1 - 0.1 * 0.9 * (0.2 / 0.8) = 0.08 - 0.0225
    expect(netBenefit({ sensitivity: 0.8, specificity: 0.9 }, 0.1, 0.2)).toBeCloseTo(0.0575, 12);
    const w = wilsonInterval(5, 10);
    expect(w.low).toBeCloseTo(0.2366, 3);
    expect(w.high).toBeCloseTo(0.7634, 3);
  });
});

describe('simulated hospitals', () => {
  it('bands patients by age (Pima) and tumour radius (WDBC)', () => {
    expect([21, 24, 25, 35, 45, 70].map((age) => hospitalOf(PIMA, { age }))).toEqual([0, 0, 1, 2, 3, 4]);
    expect([9, 12, 14, 16, 25].map((r) => hospitalOf(WDBC, { radius_mean: r }))).toEqual([0, 1, 2, 3, 4]);
  });
  it('are non-IID: their label balance differs', () => {
    const patients = generatePimaSample(600);
    const rates = [0, 1, 2, 3, 4].map((h) => {
      const members = patients.filter((p) => hospitalOf(PIMA, p.features) === h);
      return members.reduce((s, p) => s + p.label, 0) / Math.max(1, members.length);
    });
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.2);
  });
});

describe('folds and arguments', () => {
  it('stratifies the folds', () => {
    const patients: Patient[] = Array.from({ length: 100 }, (_, i) => ({ id: String(i), features: {}, label: i < 30 ? 1 : 0 }));
    const folds = stratifiedFolds(patients, 5, 's');
    for (let f = 0; f < 5; f++) {
      expect(patients.filter((p, i) => folds[i] === f && p.label === 1)).toHaveLength(6);
      expect(folds.filter((x) => x === f)).toHaveLength(20);
    }
  });
  it('maps --task and --epsilon onto the named configurations', () => {
    expect(trainArguments([])).toEqual(['--task', 'all', '--config', 'mlp', '--config', 'wdbc-mlp']);
    expect(trainArguments(['--skip-if-active'])).toEqual(['--skip-if-active', '--task', 'all', '--config', 'mlp', '--config', 'wdbc-mlp']);
    expect(trainArguments(['--task', 'pima'])).toEqual(['--task', 'pima', '--config', 'mlp']);
    expect(trainArguments(['--config', 'all', '--task', 'wdbc']).filter((a) => a !== '--config')).toEqual(['--task', 'wdbc', 'wdbc-logistic', 'wdbc-mlp', 'wdbc-federated', 'wdbc-federated-dp-eps1', 'wdbc-federated-dp', 'wdbc-federated-dp-eps8']);
    expect(trainArguments(['--task', 'wdbc', '--config', 'logistic'])).toEqual(['--task', 'wdbc', '--config', 'wdbc-logistic']);
    expect(trainArguments(['--config', 'federated-dp', '--epsilon', '1', '--task', 'all'])).toEqual(['--epsilon', '1', '--task', 'all', '--config', 'federated-dp-eps1', '--config', 'wdbc-federated-dp-eps1']);
    expect(() => trainArguments(['--epsilon', '2'])).toThrow(/epsilon/);
  });
});
