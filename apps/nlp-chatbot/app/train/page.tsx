import { LossChart, RunsTable, SampleDataBanner, TrainPanel } from '@atlas/ui';
import { ConfigComparison } from '../../src/components/train/ConfigComparison';
import { trainerInfo } from '../../src/domain/trainer-info';
import { latestByConfig } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const { byConfig, runs, error } = await latestByConfig();
  const active = runs.find((r) => r.active);
  const configs = Object.entries(trainerInfo.configs).map(([name, c]) => ({ name, label: c.label, description: c.description }));
  const activeMetrics = Object.values(byConfig).find((c) => c?.run.active)?.metrics;
  const firstMember = activeMetrics?.history.filter((h) => h.member === 1) ?? [];
  const lossCurve = firstMember.map((e) => ({ epoch: e.epoch, loss: e.loss, ...(e.val_loss === null ? {} : { val_loss: e.val_loss }) }));
  return (
    <article className="grid gap-8">
      <header className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Train and compare</h1>
        <p className="max-w-3xl text-slate-600 dark:text-slate-300">
          Each run fits the n-gram vocabulary on the training split, trains its embedding-bag models, chooses the out-of-scope threshold on the validation split and
          scores the test split. Training runs in a separate worker process, so the chat never waits; the served model changes only when a run is promoted.
          Starting a run or promoting one needs the admin token. From a terminal: <code className="font-mono">npx nx run nlp-chatbot:train --config all</code>.
        </p>
      </header>
      {error ? (
        <p role="alert" className="text-red-700">
          The registry is unavailable: {error}
        </p>
      ) : null}
      <SampleDataBanner isSample={active?.isSample} command="npx nx run nlp-chatbot:train" />
      <section aria-labelledby="compare-configs" className="grid gap-3">
        <h2 id="compare-configs" className="text-xl font-semibold">
          The two configurations
        </h2>
        <ConfigComparison byConfig={byConfig} />
        <p className="text-sm text-slate-500">
          Server latency: one message through the serving path (n-gram ids and the forward pass) on the training machine, after 20 warm-up calls. Training time
          is the whole run, evaluation included.
        </p>
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
            Loss of the active model (its first member)
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
