// Loads an intent artifact for serving: the weights and preprocess.json (checked against the
// registry's sha256), and the run's metrics for the pages. Node only.
import { loadArtifact } from '@atlas/model-core/artifacts/index.node';
import { initRuntime } from '@atlas/model-core/runtime/node';
import type { TradeoffCard } from '@atlas/model-core';
import { IntentPredictor } from '../domain/predictor';
import { parsePreprocess } from '../domain/preprocess';
import type { IntentMetrics } from '../domain/train-run';

export interface LoadedIntentModel {
  predictor: IntentPredictor;
  metrics: IntentMetrics;
  card: TradeoffCard;
  dispose(): void;
}

export async function loadIntentModel(dir: string, expectedSha256: string | null): Promise<LoadedIntentModel> {
  await initRuntime();
  const artifact = await loadArtifact(dir, expectedSha256 ? { expectedSha256 } : {});
  try {
    const predictor = new IntentPredictor(artifact.model, parsePreprocess(artifact.preprocess));
    return { predictor, metrics: artifact.metrics as unknown as IntentMetrics, card: artifact.card, dispose: () => artifact.model.dispose() };
  } catch (error) {
    artifact.model.dispose();
    throw error;
  }
}
