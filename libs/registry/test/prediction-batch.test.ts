// Prediction logs written many to a statement (serving under load), identical on both providers.
import { createRun, listPredictions, logPredictions } from '../src';
import { PROVIDERS, useMigratedDatabase } from './databases';

describe.each(PROVIDERS)('logPredictions on %s', (provider) => {
  useMigratedDatabase(provider);

  const row = (runId: string, i: number) => ({
    runId,
    domain: 'credit-risk',
    inputHash: `hash-${i}`,
    redactedInput: { application: { AGE: 30 + i }, note: 'é ✓' },
    output: { pd: i / 10, approved: i % 2 === 0 },
    latencyMs: i,
  });

  it('writes every row of a batch with its own id, JSON intact', async () => {
    const run = await createRun({ domain: 'credit-risk', modelKind: 'mlp', config: 'mlp', backend: 'wasm' });
    expect(await logPredictions([])).toBe(0);
    expect(await logPredictions(Array.from({ length: 250 }, (_, i) => row(run.id, i)))).toBe(250);
    const stored = await listPredictions(run.id, { limit: 1000 });
    expect(stored).toHaveLength(250);
    expect(new Set(stored.map((p) => p.id)).size).toBe(250);
    const seventh = stored.find((p) => p.inputHash === 'hash-7');
    expect(seventh).toMatchObject({ redactedInput: { application: { AGE: 37 }, note: 'é ✓' }, output: { pd: 0.7, approved: false }, latencyMs: 7 });
  });

  it('writes nothing when a row is invalid or names an unknown run', async () => {
    const run = await createRun({ domain: 'credit-risk', modelKind: 'mlp', config: 'mlp', backend: 'wasm' });
    await expect(logPredictions([row(run.id, 1), { ...row(run.id, 2), latencyMs: -1 }])).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('latencyMs') });
    await expect(logPredictions([row(run.id, 1), row('no-such-run', 2)])).rejects.toMatchObject({ code: 'not_found' });
    expect(await listPredictions(run.id)).toEqual([]);
  });
});
