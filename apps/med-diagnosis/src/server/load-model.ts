// Loads a med-diagnosis artifact for serving (checked against the registry's sha256). Node only.
import { loadArtifact } from '@atlas/model-core/artifacts/index.node';
import type { TradeoffCard } from '@atlas/model-core';
import { MedPredictor } from '../domain/predictor';
import type { MedMetrics, ServedPreprocess } from '../domain/train-run';

export interface LoadedMedModel {
  predictor: MedPredictor;
  metrics: MedMetrics;
  card: TradeoffCard;
  dispose(): void;
}

export async function loadMedModel(dir: string, expectedSha256: string | null): Promise<LoadedMedModel> {
  const artifact = await loadArtifact(dir, expectedSha256 ? { expectedSha256 } : {});
  const pre = artifact.preprocess as unknown as ServedPreprocess;
  return { predictor: new MedPredictor(artifact.model, pre), metrics: artifact.metrics as unknown as MedMetrics, card: artifact.card, dispose: () => artifact.model.dispose() };
}
