// `npx nx run credit-risk:train --data file.csv --label col [--delimiter ' ']` through the shared
// training flow: column types inferred (string codes included), scorecard and mlp trained, evaluated,
// saved and registered, not promoted.
import { loadArtifact } from '@atlas/model-core/artifacts/index.node';
import { readActiveModel } from '@atlas/registry';
import { runTraining } from '@atlas/service';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { trainArguments } from '../src/cli/train-arguments';
import { CreditPredictor } from '../src/domain/predictor';
import { parsePreprocess } from '../src/domain/preprocess';
import type { CreditMetrics } from '../src/domain/run-metrics';
import { trainer } from '../src/server/training/trainer';
import { generatedCreditCsv } from './helpers/generated-csv';
import { useTrainedHome } from './helpers/trained-home';

useTrainedHome([]);

const file = path.join(os.tmpdir(), `credit-byo-${process.pid}.txt`);

beforeAll(() => writeFileSync(file, generatedCreditCsv(1500, ' ')));

describe('bring your own CSV', () => {
  it.each(['scorecard', 'mlp'])('trains %s on a space-separated file with string codes', async (config) => {
    const logs: string[] = [];
    const outcome = await runTraining(
      trainer,
      { config, dataPath: file, args: { label: 'defaulted', delimiter: ' ', folds: '3' }, promote: 'never' },
      { onEvent: (e) => (e.type === 'log' ? logs.push(e.message) : undefined) },
    );
    expect(outcome.error).toBeNull();
    expect(outcome.status).toBe('succeeded');
    expect(outcome.promoted).toBe(false);
    expect(logs).toEqual(
      expect.arrayContaining([
        'column client_id: dropped (an identifier)',
        'column region: categorical (5 text codes)',
        'column employment: categorical (3 text codes)',
        'column late_payments: categorical (5 numeric codes)',
        expect.stringMatching(/^column income: numeric \(numbers, \d+ distinct values, 30 missing\)$/),
      ]),
    );
    const artifact = await loadArtifact(outcome.artifactPath as string);
    const preprocess = parsePreprocess(artifact.preprocess);
    expect(preprocess.schema).toMatchObject({ kind: 'custom', label: 'defaulted', positiveLabel: 'yes' });
    const metrics = artifact.metrics as CreditMetrics;
    expect(metrics.crossValidation?.k).toBe(3);
    expect(metrics.dataset.source).toBe('custom');
    expect(metrics.test.auc.estimate).toBeGreaterThan(0.68);
    expect(metrics.fairness).toBeNull();
    const predictor = new CreditPredictor(artifact.model, preprocess);
    const safe = predictor.pds([{ income: 90000, utilization: 0.1, region: 'R1', employment: 'salaried', late_payments: '0' }])[0];
    const risky = predictor.pds([{ income: 25000, utilization: 0.95, region: 'R5', employment: 'unemployed', late_payments: '4' }])[0];
    expect(risky).toBeGreaterThan(safe);
    const explanation = predictor.explain({ income: 25000, utilization: 0.95, region: 'R5', employment: 'unemployed', late_payments: '4' });
    expect(explanation.reasons[0].text).toMatch(/^(utilization|late_payments|employment|income|region) \(/);
    artifact.model.dispose();
    expect((await readActiveModel('credit-risk')).model).toBeNull();
  }, 180_000);

  it('asks for the label column', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const outcome = await runTraining(trainer, { config: 'scorecard', dataPath: file, args: {}, promote: 'never' });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatch(/--data needs --label/);
    quiet.mockRestore();
  });

  it('trains both families and does not promote by default when --data is given', () => {
    expect(trainArguments(['--data', 'x.csv', '--label', 'y'])).toEqual(['--data', 'x.csv', '--label', 'y', '--config', 'scorecard', '--config', 'mlp', '--promote', 'never']);
    expect(trainArguments(['--data=x.csv', '--label', 'y', '--config', 'mlp', '--promote', 'always'])).toEqual(['--data=x.csv', '--label', 'y', '--config', 'mlp', '--promote', 'always']);
    expect(trainArguments(['--config', 'all'])).toEqual(['--config', 'all']);
  });
});
