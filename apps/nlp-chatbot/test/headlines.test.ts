// The Chinese headline classifier on the project's generated Toutiao sample: it learns (test accuracy
// above always guessing the most common category), names all 15 categories in Chinese and English,
// and gives a probability for each; its metrics carry no headline text.
import { buildToutiaoNewsTitles } from '@atlas/data-pipeline/node';
import { initRuntime } from '@atlas/model-core/runtime/node';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HEADLINE_CATEGORIES, HEADLINE_CONFIG, headlineProbabilities, trainHeadlineRun } from '../src/domain/headlines';

const saved = process.env.ATLAS_HOME;
const home = mkdtempSync(path.join(os.tmpdir(), 'atlas-nlp-headlines-'));
beforeAll(() => {
  process.env.ATLAS_HOME = home;
});
afterAll(() => {
  process.env.ATLAS_HOME = saved;
  rmSync(home, { recursive: true, force: true });
});

it('names the 15 Toutiao categories', () => {
  expect(Object.keys(HEADLINE_CATEGORIES)).toHaveLength(15);
  expect(HEADLINE_CATEGORIES['102']).toMatchObject({ zh: '娱乐', en: 'Entertainment' });
});

it('trains on the sample, beats the majority baseline and scores every category', async () => {
  await initRuntime({ backend: 'wasm' });
  const build = await buildToutiaoNewsTitles({ source: 'sample' });
  const dataset = { id: 'toutiao-sample', name: 'sample', source: 'generated', license: 'project', citation: 'generated', rows: { train: 0, val: 0, test: 0 }, isSample: true };
  const run = await trainHeadlineRun(
    build.examples.map((e) => ({ text: e.text, label: e.label, split: e.split })),
    dataset,
    { backend: 'wasm', config: { ...HEADLINE_CONFIG, epochs: 20, batchSize: 16, minDf: 1 } },
  );
  try {
    expect(run.metrics.test.accuracy).toBeGreaterThan(run.metrics.majorityBaseline);
    const probs = headlineProbabilities(run.model, run.preprocess, '我喜欢读书');
    expect(probs).toHaveLength(run.preprocess.labels.length);
    expect(probs.reduce((s, p) => s + p.probability, 0)).toBeCloseTo(1, 2);
    expect(probs[0].probability).toBeGreaterThanOrEqual(probs[probs.length - 1].probability);
    const texts = build.examples.map((e) => e.text);
    const stored = JSON.stringify(run.metrics);
    expect(texts.some((t) => stored.includes(t))).toBe(false);
  } finally {
    run.model.dispose();
  }
}, 300_000);
