// Quality on the real data. The product's bar is mAP@0.5 >= 0.60 (MAP50_BAR) for the best
// configuration; it is NOT met yet (accurate-320 reaches 0.586, the default balanced-224 0.424: see
// the README). Until it is, this test guards the default configuration against regressions with a
// floor below its measured 0.424, and prints where it stands against the bar.
// CI trains the default configuration into ATLAS_HOME before Jest (`nx run vision-detect:train
// --skip-if-active`); this test reads that run's metrics from the registry and checks its artifact,
// and trains the default configuration itself only when no such run exists. Needs the dataset:
// ATLAS_DATASET_MIRROR (npm test and CI set it); without it the test fails and says so.
import { getRun, listRuns, migrate } from '@atlas/registry';
import { runTraining } from '@atlas/service';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MAP50_BAR } from '../src/domain/card';
import { DEFAULT_CONFIG } from '../src/domain/configs';
import type { VisionMetrics } from '../src/domain/run-metrics';
import { trainer } from '../src/server/training/trainer';

async function defaultRunMetrics(): Promise<{ metrics: VisionMetrics; source: string }> {
  await migrate({ quiet: true });
  const runs = await listRuns('vision-detect', { limit: 100 });
  // The active run (in CI: the default configuration the train step just made); any configuration
  // promoted here by hand counts too, as the model being served.
  const trained = runs.find((r) => r.active && r.status === 'succeeded' && r.artifactPath);
  if (trained?.artifactPath) {
    const metrics = JSON.parse(await readFile(path.join(trained.artifactPath, 'metrics.json'), 'utf8')) as VisionMetrics;
    if (metrics.dataset.source === 'real') return { metrics, source: `run ${trained.id} already in ATLAS_HOME` };
  }
  const outcome = await runTraining(trainer, { config: DEFAULT_CONFIG, promote: 'if-none' });
  if (outcome.status !== 'succeeded' || !outcome.artifactPath) throw new Error(`training ${DEFAULT_CONFIG} failed: ${outcome.error}`);
  const run = await getRun(outcome.runId as string);
  const metrics = JSON.parse(await readFile(path.join(run?.artifactPath ?? outcome.artifactPath, 'metrics.json'), 'utf8')) as VisionMetrics;
  return { metrics, source: `run ${outcome.runId} trained by this test` };
}

/** Regression floor for the default configuration (measured 0.424, seeded; 95% CI 0.30-0.59). */
const DEFAULT_MAP50_FLOOR = 0.38;

it(`the active detector (by default ${DEFAULT_CONFIG}): mAP@0.5 >= ${DEFAULT_MAP50_FLOOR} on the real test images (bar ${MAP50_BAR} not met yet)`, async () => {
  if (!process.env.ATLAS_DATASET_MIRROR) {
    throw new Error('The quality test needs the real dataset: set ATLAS_DATASET_MIRROR to the folder holding vision-detect/road-sign-detection (npm test and CI set it).');
  }
  const { metrics, source } = await defaultRunMetrics();
  const t = metrics.test;
  console.log(
    `${metrics.config} (${source}): mAP@0.5 ${t.map50.estimate.toFixed(3)} [${t.map50.lower.toFixed(3)}, ${t.map50.upper.toFixed(3)}], ` +
      `mAP@0.5:0.95 ${t.map.estimate.toFixed(3)}, per class ${t.perClass.map((c) => `${c.name} ${c.ap50.toFixed(2)}`).join(', ')}, ` +
      `${metrics.training.seconds.toFixed(0)} s training (${metrics.training.cpuSeconds.toFixed(0)} CPU s, load ${metrics.training.loadAverage.map((l) => l.toFixed(1)).join(' -> ')})`,
  );
  expect(metrics.dataset).toMatchObject({ source: 'real', images: { test: t.images } });
  expect(metrics.dataset.images.train + metrics.dataset.images.val + metrics.dataset.images.test).toBe(221);
  expect(t.boxes).toBeGreaterThan(50);
  console.log(`against the bar: ${t.map50.estimate.toFixed(3)} vs ${MAP50_BAR} (${t.map50.estimate >= MAP50_BAR ? 'met' : 'not met'})`);
  expect(t.map50.estimate).toBeGreaterThanOrEqual(DEFAULT_MAP50_FLOOR);
  expect(t.map.estimate).toBeLessThanOrEqual(t.map50.estimate);
}, 1_800_000);
