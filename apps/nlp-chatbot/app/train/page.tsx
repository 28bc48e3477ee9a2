import { TrainComparePage } from '@atlas/ui';
import { ConfigComparison } from '../../src/components/train/ConfigComparison';
import { trainerInfo } from '../../src/domain/trainer-info';
import { latestByConfig } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const { byConfig, runs, error } = await latestByConfig();
  const active = runs.find((r) => r.active);
  const activeMetrics = Object.values(byConfig).find((c) => c?.run.active)?.metrics;
  const firstMember = activeMetrics?.history.filter((h) => h.member === 1) ?? [];
  const lossCurve = firstMember.map((e) => ({ epoch: e.epoch, loss: e.loss, ...(e.val_loss === null ? {} : { val_loss: e.val_loss }) }));
  return (
    <TrainComparePage
      intro={
        <>
          Each run fits the n-gram vocabulary on the training split, trains its embedding-bag models, chooses the out-of-scope threshold on the validation split and
          scores the test split. Training runs in a separate worker process, so the chat never waits; the served model changes only when a run is promoted.
          Starting a run or promoting one needs the admin token. From a terminal: <code className="font-mono">npx nx run nlp-chatbot:train --config all</code>.
        </>
      }
      error={error}
      banner={{ isSample: active?.isSample, command: 'npx nx run nlp-chatbot:train' }}
      configsTitle="The two configurations"
      comparison={<ConfigComparison byConfig={byConfig} />}
      comparisonNote={
        <>
          Server latency: one message through the serving path (n-gram ids and the forward pass) on the training machine, after 20 warm-up calls. Training time
          is the whole run, evaluation included.
        </>
      }
      trainer={trainerInfo}
      lossTitle="Loss of the active model (its first member)"
      lossCurve={lossCurve}
      runs={runs}
    />
  );
}
