// Loads a credit artifact for serving: the weights and preprocess.json (checked against the registry's
// sha256), and the run's metrics for the pages. Node only.
import { loadArtifact } from '@atlas/model-core/artifacts/index.node';
import { initRuntime } from '@atlas/model-core/runtime/node';
import type { TradeoffCard } from '@atlas/model-core';
import { CreditPredictor } from '../domain/predictor';
import { parsePreprocess } from '../domain/preprocess';
import type { CreditMetrics } from '../domain/run-metrics';

export interface LoadedCreditModel {
  predictor: CreditPredictor;
  metrics: CreditMetrics;
  card: TradeoffCard;
  dispose(): void;
}

export async function loadCreditModel(dir: string, expectedSha256: string | null): Promise<LoadedCreditModel> {
  await initRuntime();
  const artifact = await loadArtifact(dir, expectedSha256 ? { expectedSha256 } : {});
  try {
    const predictor = new CreditPredictor(artifact.model, parsePreprocess(artifact.preprocess));
    return { predictor, metrics: artifact.metrics as CreditMetrics, card: artifact.card, dispose: () => artifact.model.dispose() };
  } catch (error) {
    artifact.model.dispose();
    throw error;
  }
}
