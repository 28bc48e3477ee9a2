// The registry's write and read paths, identical on SQLite and PostgreSQL.
import {
  addFeedback,
  createRun,
  deleteRun,
  finishRun,
  getRun,
  hashInput,
  healthReport,
  listFeedback,
  listPredictions,
  listRuns,
  logPrediction,
  promoteRun,
  readActiveModel,
  RegistryError,
  upsertDataset,
} from '../src';
import { PROVIDERS, useMigratedDatabase } from './databases';

const SHA = 'a'.repeat(64);

async function succeededRun(domain: string, accuracy: number) {
  const run = await createRun({ domain, modelKind: 'mlp', config: 'small', params: { layers: [64, 32], lr: 0.001 }, backend: 'wasm' });
  return finishRun(run.id, {
    status: 'succeeded',
    metrics: { headline: { name: 'accuracy', value: accuracy }, confusion: [[5, 1], [2, 7]] },
    tradeoffCard: { task: 'classification', latencyMs: { p50: 0.4 } },
    artifactPath: `artifacts/${domain}/${run.id}`,
    artifactSha256: SHA,
  });
}

describe.each(PROVIDERS)('registry on %s', (provider) => {
  useMigratedDatabase(provider);

  it('creates a run, with its dataset, and finishes it once', async () => {
    await upsertDataset({ id: 'german-credit', domain: 'credit-risk', name: 'German Credit', source: 'UCI', license: 'CC BY 4.0', rows: 1000, isSample: false });
    const run = await createRun({ domain: 'credit-risk', datasetId: 'german-credit', modelKind: 'logreg', config: 'default', params: { l2: 0.01 }, backend: 'cpu' });
    expect(run).toMatchObject({ domain: 'credit-risk', status: 'running', active: false, params: { l2: 0.01 }, metrics: null, finishedAt: null });
    expect(run.startedAt).toBeInstanceOf(Date);

    const done = await finishRun(run.id, { status: 'failed', error: 'NaN loss at epoch 3' });
    expect(done).toMatchObject({ status: 'failed', error: 'NaN loss at epoch 3' });
    expect(done.finishedAt).toBeInstanceOf(Date);
    await expect(finishRun(run.id, { status: 'succeeded' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(finishRun('no-such-run', { status: 'failed' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('rejects bad input with a message that names the field', async () => {
    const bad = createRun({ domain: 'Credit Risk!', modelKind: 'mlp', config: 'x', backend: 'wasm' });
    await expect(bad).rejects.toBeInstanceOf(RegistryError);
    await expect(bad).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('domain') });
    await expect(createRun({ domain: 'credit-risk', modelKind: 'mlp', config: 'x', backend: 'wasm', datasetId: 'unknown' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps exactly one active run per domain, and promotion switches it', async () => {
    const first = await succeededRun('recommender', 0.81);
    const second = await succeededRun('recommender', 0.84);
    const other = await succeededRun('med-diagnosis', 0.9);
    await promoteRun(other.id);

    await promoteRun(first.id);
    expect((await readActiveModel('recommender')).model?.id).toBe(first.id);
    const promoted = await promoteRun(second.id);
    expect(promoted.active).toBe(true);

    const runs = await listRuns('recommender');
    expect(runs.filter((r) => r.active).map((r) => r.id)).toEqual([second.id]);
    expect(runs.map((r) => r.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect((await readActiveModel('med-diagnosis')).model?.id).toBe(other.id);

    const { model } = await readActiveModel('recommender');
    expect(model).toEqual({ id: second.id, modelKind: 'mlp', config: 'small', finishedAt: expect.any(String), headline: { name: 'accuracy', value: 0.84 } });
    const finishedAt = String(model?.finishedAt);
    expect(new Date(finishedAt).toISOString()).toBe(finishedAt);
    const health = await healthReport({ domain: 'recommender', version: '0.1.0', tfBackend: 'wasm' });
    expect(health).toEqual({ status: 200, body: { domain: 'recommender', version: '0.1.0', tfBackend: 'wasm', db: 'ok', activeModel: model } });
  });

  it('leaves one active run when promotions race', async () => {
    const runs = await Promise.all([0.7, 0.71, 0.72, 0.73].map((a) => succeededRun('nlp-chatbot', a)));
    await Promise.all(runs.map((r) => promoteRun(r.id)));
    const active = (await listRuns('nlp-chatbot')).filter((r) => r.active);
    expect(active).toHaveLength(1);
  });

  it('refuses to promote a run that did not succeed', async () => {
    const run = await createRun({ domain: 'vision-detect', modelKind: 'cnn', config: 'tiny', backend: 'cpu' });
    await expect(promoteRun(run.id)).rejects.toMatchObject({ code: 'conflict' });
    await expect(promoteRun('missing')).rejects.toMatchObject({ code: 'not_found' });
    expect((await readActiveModel('vision-detect')).model).toBeNull();
  });

  it('round-trips predictions and feedback with their JSON', async () => {
    const run = await succeededRun('credit-risk', 0.77);
    const input = { age: 41, purpose: 'car', history: ['paid', 'late'], income: null };
    const prediction = await logPrediction({
      runId: run.id,
      domain: 'credit-risk',
      inputHash: hashInput(input),
      redactedInput: { ...input, name: '[redacted]' },
      output: { label: 'good', probability: 0.82, topFeatures: [{ name: 'age', weight: -0.3 }] },
      latencyMs: 0.42,
    });
    expect(prediction.inputHash).toBe(hashInput({ income: null, history: ['paid', 'late'], purpose: 'car', age: 41 }));
    const [stored] = await listPredictions(run.id);
    expect(stored).toEqual(prediction);
    expect(stored.redactedInput).toEqual({ ...input, name: '[redacted]' });
    expect(stored.output).toEqual({ label: 'good', probability: 0.82, topFeatures: [{ name: 'age', weight: -0.3 }] });
    expect(stored.latencyMs).toBeCloseTo(0.42);

    const textOutput = await logPrediction({ runId: run.id, domain: 'credit-risk', inputHash: 'h', redactedInput: 'plain text', output: ['a', 1, true], latencyMs: 3 });
    expect(textOutput).toMatchObject({ redactedInput: 'plain text', output: ['a', 1, true] });

    const feedback = await addFeedback({ predictionId: prediction.id, rating: 1, label: 'bad', comment: 'applicant defaulted' });
    expect(feedback).toMatchObject({ predictionId: prediction.id, rating: 1, label: 'bad', comment: 'applicant defaulted' });
    expect(await listFeedback(prediction.id)).toEqual([feedback]);

    await expect(addFeedback({ predictionId: prediction.id })).rejects.toMatchObject({ code: 'invalid' });
    await expect(addFeedback({ predictionId: 'missing', rating: 5 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(logPrediction({ runId: 'missing', domain: 'credit-risk', inputHash: 'h', redactedInput: {}, output: {}, latencyMs: 1 })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('deletes a run with its predictions and feedback, but never the active run', async () => {
    const active = await succeededRun('vision-detect', 0.6);
    await promoteRun(active.id);
    const old = await succeededRun('vision-detect', 0.5);
    const prediction = await logPrediction({ runId: old.id, domain: 'vision-detect', inputHash: 'h', redactedInput: { image: 'x' }, output: { boxes: [] }, latencyMs: 2 });
    await addFeedback({ predictionId: prediction.id, rating: -1 });
    const keep = await logPrediction({ runId: active.id, domain: 'vision-detect', inputHash: 'k', redactedInput: {}, output: {}, latencyMs: 1 });

    await expect(deleteRun(active.id)).rejects.toMatchObject({ code: 'conflict' });
    expect(await getRun(active.id)).not.toBeNull();
    await deleteRun(old.id);
    expect(await getRun(old.id)).toBeNull();
    expect(await listPredictions(old.id)).toEqual([]);
    expect(await listFeedback(prediction.id)).toEqual([]);
    expect((await listPredictions(active.id)).map((p) => p.id)).toEqual([keep.id]);
    await expect(deleteRun(old.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});
