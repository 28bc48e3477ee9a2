// Loads a recommender artifact (sha256-checked) into the typed arrays the serving code uses.
import { loadArtifact } from '@atlas/model-core/artifacts/index.node';
import { initRuntime } from '@atlas/model-core/runtime/node';
import { fromLayersModel } from '../domain/artifact-model';
import type { ScoringModel } from '../domain/recommender';
import type { Preprocess, RecMetrics } from '../domain/train-run';

export interface LoadedRecommender {
  model: ScoringModel;
  preprocess: Preprocess;
  metrics: RecMetrics;
}

export async function loadRecommender(dir: string, expectedSha256: string | null): Promise<LoadedRecommender> {
  await initRuntime();
  const artifact = await loadArtifact(dir, expectedSha256 ? { expectedSha256 } : {});
  const preprocess = artifact.preprocess as unknown as Preprocess;
  const model = fromLayersModel(artifact.model, preprocess.kind, preprocess.globalMean, preprocess.foldIn);
  artifact.model.dispose();
  return { model, preprocess, metrics: artifact.metrics as unknown as RecMetrics };
}
