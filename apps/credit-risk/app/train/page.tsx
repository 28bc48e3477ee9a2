import { TrainComparePage } from '@atlas/ui';
import { ConfigComparison } from '../../src/components/train/ConfigComparison';
import { trainerInfo } from '../../src/domain/trainer-info';
import { latestByConfig } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const { byConfig, runs, error } = await latestByConfig();
  const active = runs.find((r) => r.active);
  const activeMetrics = Object.values(byConfig).find((c) => c?.run.active)?.metrics;
  const lossCurve = activeMetrics?.history.at(-1)?.map((e) => ({ epoch: e.epoch, loss: e.loss })) ?? [];
  return (
    <TrainComparePage
      intro={
        <>
          Each run cross-validates its configuration on five stratified folds, fits the final model on the training part, scores the held-out test part, and
          records everything. Training runs in a separate worker process, so scoring never waits; the served model changes only when a run is promoted. Starting
          a run or promoting one needs the admin token. From a terminal: <code className="font-mono">npx nx run credit-risk:train --config all</code>.
        </>
      }
      error={error}
      banner={{ isSample: active?.isSample, command: 'npx nx run credit-risk:train' }}
      configsTitle="The three configurations"
      comparison={<ConfigComparison byConfig={byConfig} />}
      comparisonNote={
        <>
          Server latency: one application scored through the serving path (features, encoders, network, calibration) on the training machine, after 20 warm-up
          calls. Training time includes the cross-validation.
        </>
      }
      trainer={trainerInfo}
      lossTitle="Training loss of the active model (its last fit)"
      lossCurve={lossCurve}
      runs={runs}
    />
  );
}
