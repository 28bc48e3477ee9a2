import { LossChart, RunsTable, TrainPanel } from '@atlas/ui';
import { ConfigTable } from '../../src/components/train/ConfigTable';
import { trainerInfo } from '../../src/domain/trainer-info';
import { latestByConfig } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const { byConfig, runs, error } = await latestByConfig();
  const configs = Object.entries(trainerInfo.configs).map(([name, c]) => ({ name, label: c.label, description: c.description }));
  const activeMetrics = Object.values(byConfig).find((c) => c?.run.active)?.metrics;
  const lossCurve = activeMetrics?.training.lossHistory.map((loss, i) => ({ epoch: i + 1, loss })) ?? [];
  return (
    <article className="grid gap-8">
      <header className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Train and compare</h1>
        <p className="max-w-3xl text-slate-600 dark:text-slate-300">
          Each run trains the detector from random weights on the training images, drawing a fresh augmented crop of every image each epoch (zoom in and out,
          colour and blur; never a mirror image, which would reverse the digits on a speed limit), then scores the validation and test images and measures its
          latency. Training runs in a separate worker process, so detection never waits; the served model changes only when a run is promoted. Starting or
          promoting a run needs the admin token. From a terminal: <code className="font-mono">npx nx run vision-detect:train --config all</code>.
        </p>
      </header>
      {error ? (
        <p role="alert" className="text-red-700">
          The registry is unavailable: {error}
        </p>
      ) : null}
      <section aria-labelledby="compare-configs" className="grid gap-3">
        <h2 id="compare-configs" className="text-xl font-semibold">
          The three configurations
        </h2>
        <ConfigTable byConfig={byConfig} />
        <p className="text-sm text-slate-500">Training time is wall time on the training machine (two shared cores; wasm runs on one). Server p50: one image through transform, model and decoding.</p>
      </section>
      <section aria-labelledby="start-run" className="grid gap-3">
        <h2 id="start-run" className="text-xl font-semibold">
          Start a run
        </h2>
        <TrainPanel configs={configs} defaultConfig={trainerInfo.defaultConfig} />
      </section>
      {lossCurve.length ? (
        <section aria-labelledby="active-loss" className="grid gap-3">
          <h2 id="active-loss" className="text-xl font-semibold">
            Training loss of the active model
          </h2>
          <LossChart epochs={lossCurve} />
        </section>
      ) : null}
      <section aria-labelledby="all-runs" className="grid gap-3">
        <h2 id="all-runs" className="text-xl font-semibold">
          Runs
        </h2>
        <RunsTable runs={runs} />
      </section>
    </article>
  );
}
