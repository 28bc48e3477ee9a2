import { TrainComparePage } from '@atlas/ui';
import { ConfigTable } from '../../src/components/train/ConfigTable';
import { trainerInfo } from '../../src/domain/trainer-info';
import { latestByConfig } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const { byConfig, runs, error } = await latestByConfig();
  const activeMetrics = Object.values(byConfig).find((c) => c?.run.active)?.metrics;
  const lossCurve = activeMetrics?.training.lossHistory.map((loss, i) => ({ epoch: i + 1, loss })) ?? [];
  return (
    <TrainComparePage
      intro={
        <>
          Each run trains the detector from random weights on the training images, drawing a fresh augmented crop of every image each epoch (zoom in and out,
          colour and blur; never a mirror image, which would reverse the digits on a speed limit), then scores the validation and test images and measures its
          latency. Training runs in a separate worker process, so detection never waits; the served model changes only when a run is promoted. Starting or
          promoting a run needs the admin token. From a terminal: <code className="font-mono">npx nx run vision-detect:train --config all</code>.
        </>
      }
      error={error}
      configsTitle="The three configurations"
      comparison={<ConfigTable byConfig={byConfig} />}
      comparisonNote="Training time is wall time on the training machine (two shared cores; wasm runs on one). Server p50: one image through transform, model and decoding."
      trainer={trainerInfo}
      lossTitle="Training loss of the active model"
      lossCurve={lossCurve}
      runs={runs}
    />
  );
}
