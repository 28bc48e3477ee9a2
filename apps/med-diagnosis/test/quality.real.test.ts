// The bars of issue #6 on the real datasets (5-fold stratified CV): Pima AUC >= 0.835 and WDBC AUC
// >= 0.995 with the default configuration (mlp), and federated (no DP) within 0.02 AUC of
// centralized logistic regression on WDBC. Needs ATLAS_DATASET_MIRROR (CI sets it).
import { initRuntime } from '@atlas/model-core/runtime/node';
import { CONFIGS, DEFAULT_CONFIG } from '../src/domain/configs';
import { trainMedRun } from '../src/domain/train-run';
import { loadTaskData } from '../src/server/training/data';

async function cvAuc(config: string): Promise<number> {
  const preset = CONFIGS[config];
  const data = await loadTaskData(preset.params.task, { source: 'real' });
  const run = await trainMedRun(config, preset.params, data.patients, data.dataset);
  run.model.dispose();
  return run.metrics.cv.meanAuc;
}

describe('quality on the real datasets', () => {
  beforeAll(async () => {
    if (!process.env.ATLAS_DATASET_MIRROR) {
      throw new Error('ATLAS_DATASET_MIRROR is not set: point it at the shared datasets folder to run the real-data quality test');
    }
    await initRuntime();
  });

  it('Pima: default configuration reaches ROC AUC 0.835', async () => {
    expect(await cvAuc(DEFAULT_CONFIG)).toBeGreaterThanOrEqual(0.835);
  });

  it('WDBC: default configuration reaches ROC AUC 0.995', async () => {
    expect(await cvAuc(`wdbc-${DEFAULT_CONFIG}`)).toBeGreaterThanOrEqual(0.995);
  });

  it('WDBC: federated averaging is within 0.02 AUC of centralized training', async () => {
    const centralized = await cvAuc('wdbc-logistic');
    const federated = await cvAuc('wdbc-federated');
    expect(Math.abs(centralized - federated)).toBeLessThanOrEqual(0.02);
  });
});
