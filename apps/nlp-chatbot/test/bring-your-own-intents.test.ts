// Bring your own intents: `npx nx run nlp-chatbot:train --data intents.csv` (the CLI's own entry, run
// in-process) on a generated CSV and a generated JSON file; the run is registered and promoted in a
// fresh home, and the served model answers the new intents with the generic reply.
import { listRuns } from '@atlas/registry';
import { runTrainCli } from '@atlas/service';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { IntentPredictor } from '../src/domain/predictor';
import { parsePreprocess } from '../src/domain/preprocess';
import { replyFor } from '../src/domain/replies';
import { loadIntentModel } from '../src/server/load-model';
import { trainer } from '../src/server/training/trainer';
import { generatedIntents } from './helpers/generated-intents';
import { useTrainedHome } from './helpers/trained-home';

const state = useTrainedHome([]);

it('trains on a generated intents CSV through the CLI, promotes it, and answers its intents', async () => {
  const rows = generatedIntents(7);
  const file = path.join(state.home, 'intents.csv');
  writeFileSync(file, ['text,intent', ...rows.map((r) => `"${r.text}",${r.intent}`)].join('\n'));
  const code = await runTrainCli(trainer, ['--data', file, '--config', 'fast']);
  expect(code).toBe(0);
  const active = (await listRuns('nlp-chatbot')).find((r) => r.active);
  expect(active?.status).toBe('succeeded');
  const model = await loadIntentModel(active?.artifactPath as string, active?.artifactSha256 ?? null);
  try {
    const p: IntentPredictor = model.predictor;
    expect(parsePreprocess(p.preprocess).custom).toBe(true);
    expect(p.preprocess.labels).toEqual(['check_order', 'oos', 'refund', 'reset_password', 'store_hours']);
    expect(model.metrics.dataset.source).toBe('custom');
    expect(model.metrics.test.inScopeAccuracy.estimate).toBeGreaterThanOrEqual(0.8);
    const d = p.decide('i forgot my password and need to reset it');
    expect(d.intent).toBe('reset_password');
    expect(replyFor(d.intent, p.preprocess.custom)).toMatch(/^I can help with "reset password"/);
  } finally {
    model.dispose();
  }
}, 300_000);

it('reads the same intents as JSON', async () => {
  const file = path.join(state.home, 'intents.json');
  writeFileSync(file, JSON.stringify(generatedIntents(11)));
  expect(await runTrainCli(trainer, ['--data', file, '--config', 'fast', '--quick', '--promote', 'never'])).toBe(0);
  const runs = await listRuns('nlp-chatbot');
  expect(runs).toHaveLength(2);
  expect(runs.filter((r) => r.active)).toHaveLength(1);
}, 300_000);

it('fails with a usage message for a file without a text column', async () => {
  const file = path.join(state.home, 'bad.csv');
  writeFileSync(file, 'sentence,intent\nhello,greet\n');
  expect(await runTrainCli(trainer, ['--data', file, '--config', 'fast'])).not.toBe(0);
});
