// `npx nx run med-diagnosis:train --data file.csv --label col --missing '?'` through the shared
// training flow: a generated clinic export with '?' markers is profiled, imputed inside the folds,
// cross-validated, calibrated, saved and registered, and not promoted.
import { loadArtifact } from '@atlas/model-core/artifacts/index.node';
import { readActiveModel } from '@atlas/registry';
import { runTraining } from '@atlas/service';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { trainArguments } from '../src/cli/train-arguments';
import { customTask, parseMissingArg, quintileEdges } from '../src/domain/custom-data';
import { MedPredictor } from '../src/domain/predictor';
import type { MedMetrics, ServedPreprocess } from '../src/domain/train-run';
import { trainer } from '../src/server/training/trainer';
import { generatedClinicCsv } from './helpers/generated-csv';
import { useTrainedHome } from './helpers/trained-home';

useTrainedHome([]);

const file = path.join(os.tmpdir(), `med-byo-${process.pid}.csv`);
const generated = generatedClinicCsv(600);

beforeAll(() => writeFileSync(file, generated.text));

describe('bring your own CSV', () => {
  it.each(['custom-logistic', 'custom-federated-dp'])('trains %s on a CSV whose missing values are marked "?"', async (config) => {
    const logs: string[] = [];
    const outcome = await runTraining(
      trainer,
      { config, dataPath: file, args: { label: 'outcome', missing: '?', folds: '3' }, promote: 'never' },
      { onEvent: (e) => (e.type === 'log' ? logs.push(e.message) : undefined) },
    );
    expect(outcome.error).toBeNull();
    expect(outcome.status).toBe('succeeded');
    expect(outcome.promoted).toBe(false);
    expect(logs).toEqual(
      expect.arrayContaining([
        'column patient_id: dropped (an identifier)',
        'column site: dropped (a single value)',
        expect.stringMatching(new RegExp(`^column glucose: numeric \\(numbers, \\d+ distinct values, ${generated.missing.glucose} missing\\)$`)),
        expect.stringMatching(new RegExp(`^column lab: numeric \\(numbers, \\d+ distinct values, ${generated.missing.lab} missing\\)$`)),
        'label outcome: positive = yes; hospitals by age',
      ]),
    );
    const artifact = await loadArtifact(outcome.artifactPath as string);
    const pre = artifact.preprocess as unknown as ServedPreprocess;
    const metrics = artifact.metrics as unknown as MedMetrics;
    expect(pre.spec?.features.map((f) => f.name)).toEqual(['age', 'glucose', 'bmi', 'lab']);
    // Missing indicators only where at least a tenth is missing: glucose (about 10%) may or may not, lab (a third) must.
    expect(pre.inputNames).toContain('lab_missing');
    expect(metrics.columns.find((c) => c.name === 'lab')?.missingInTraining).toBe(generated.missing.lab);
    expect(metrics.cv.k).toBe(3);
    expect(metrics.dataset).toMatchObject({ rows: 600, source: path.basename(file), isSample: false });
    expect(metrics.cv.meanAuc).toBeGreaterThan(config === 'custom-logistic' ? 0.85 : 0.75);
    expect(metrics.groups).toHaveLength(5);
    expect(metrics.groups.reduce((s, g) => s + g.size, 0)).toBe(600);
    if (config === 'custom-federated-dp') expect(metrics.privacy?.epsilon).toBeLessThanOrEqual(3.0001);
    const predictor = new MedPredictor(artifact.model, pre);
    const low = predictor.predict({ age: 30, glucose: 70, bmi: 21, lab: 5 });
    const high = predictor.predict({ age: 60, glucose: null, bmi: 36, lab: null }, { explain: true });
    expect(high.risk).toBeGreaterThan(low.risk);
    expect(high.imputed.map((i) => i.feature)).toEqual(['glucose', 'lab']);
    expect(high.factors.map((f) => f.feature)).toContain('bmi');
    artifact.model.dispose();
    expect((await readActiveModel('med-diagnosis')).model).toBeNull();
  }, 180_000);

  it('asks for the label column, and names the columns when it is wrong', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const missing = await runTraining(trainer, { config: 'custom-logistic', dataPath: file, args: {}, promote: 'never' });
    expect(missing.error).toMatch(/--data needs --label/);
    const wrong = await runTraining(trainer, { config: 'custom-logistic', dataPath: file, args: { label: 'diagnosis' }, promote: 'never' });
    expect(wrong.error).toMatch(/--label diagnosis is not a column; the columns are: patient_id, age, glucose, bmi, lab, site, outcome/);
    quiet.mockRestore();
  });

  it('reads other markers: "-99" is a number unless --missing says otherwise', () => {
    const header = ['glucose', 'y'];
    const records = Array.from({ length: 60 }, (_, i) => [i % 6 === 0 ? '-99' : String(80 + i), i % 2 ? 'M' : 'B']);
    const plain = customTask(header, records, { label: 'y' });
    expect(plain.profiles[0].missing).toBe(0);
    const marked = customTask(header, records, { label: 'y', missing: parseMissingArg('?,-99') });
    expect(marked.profiles[0]).toMatchObject({ kind: 'numeric', missing: 10 });
    expect(marked.patients[0].features.glucose).toBeNull();
    expect(marked.positiveLabel).toBe('M');
    expect(parseMissingArg(' ? , NR ')).toEqual(['?', 'NR']);
  });

  it('forms hospitals from quintiles and maps the CLI to the custom configurations', () => {
    const edges = quintileEdges([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null]);
    [1, 2.8, 4.6, 6.4, 8.2].forEach((v, i) => expect(edges[i]).toBeCloseTo(v, 9));
    // Repeated values merge bands: three zeros and a one give two hospitals.
    const merged = quintileEdges([0, 0, 0, 1]);
    expect(merged).toHaveLength(2);
    expect(merged[1]).toBeCloseTo(0.4, 9);
    expect(trainArguments(['--data', 'x.csv', '--label', 'y', '--missing', '?'])).toEqual(['--data', 'x.csv', '--label', 'y', '--missing', '?', '--config', 'custom-logistic', '--config', 'custom-mlp', '--promote', 'never']);
    expect(trainArguments(['--data=x.csv', '--label', 'y', '--config', 'federated-dp', '--epsilon', '1', '--promote', 'always'])).toEqual(['--data=x.csv', '--label', 'y', '--epsilon', '1', '--promote', 'always', '--config', 'custom-federated-dp-eps1']);
  });
});
