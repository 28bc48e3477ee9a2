import { createRun, finishRun, promoteRun } from '@atlas/registry';
import { loadCompareData } from '../src';
import { trainer } from './fixtures/tiny-trainer';
import { runTraining } from '../src';
import { useTempRegistry } from './helpers/temp-registry';

useTempRegistry();

describe('loadCompareData', () => {
  it('returns each domain’s active card, its runs, and for a domain without a model what is missing and the command', async () => {
    // 'service-test' gets a real trained run (a valid card); credit-risk a run with a broken card.
    const trained = await runTraining(trainer, { config: 'small' });
    const broken = await createRun({ domain: 'credit-risk', modelKind: 'mlp', config: 'mlp', backend: 'cpu' });
    await finishRun(broken.id, { status: 'succeeded', tradeoffCard: { schemaVersion: 1, task: { domain: 'credit' } } });
    await promoteRun(broken.id);
    const failed = await createRun({ domain: 'recommender', modelKind: 'mf', config: 'default', backend: 'cpu' });
    await finishRun(failed.id, { status: 'failed', error: 'out of memory' });

    const data = await loadCompareData({
      domains: [
        { id: 'service-test', name: 'Test', app: 'service-test-app' },
        { id: 'credit-risk', name: 'Credit Risk Scorer' },
        { id: 'recommender' },
        { id: 'med-diagnosis' },
      ],
    });
    const [test, credit, rec, med] = data.domains;
    expect(test.active?.runId).toBe(trained.runId);
    expect(test.active?.card?.quality.metric).toBe('accuracy');
    expect(test.missing).toBeNull();
    expect(test.runs).toHaveLength(1);

    expect(credit.active?.card).toBeNull();
    expect(credit.missing).toMatch(/cannot be compared: invalid tradeoff card: .*dataset/);
    expect(credit.command).toBe('npx nx run credit-risk:train');

    expect(rec.active).toBeNull();
    expect(rec.missing).toBe('No active model: the last run (default) failed: out of memory.');
    expect(med).toMatchObject({ active: null, runs: [], missing: 'No model has been trained for this domain yet.', command: 'npx nx run med-diagnosis:train', error: null });
  }, 30_000);

  it('defaults to the five Atlas domains', async () => {
    const data = await loadCompareData();
    expect(data.domains.map((d) => d.id)).toEqual(['nlp-chatbot', 'vision-detect', 'recommender', 'credit-risk', 'med-diagnosis']);
  });
});
