// Loads a detector artifact for serving: the weights and preprocess.json (checked against the
// registry's sha256) and the run's metrics for the pages. Node only.
import { loadArtifact } from '@atlas/model-core/artifacts/index.node';
import { initRuntime } from '@atlas/model-core/runtime/node';
import type { TradeoffCard } from '@atlas/model-core';
import { parseSpec } from '../domain/spec';
import { runnable, type RunnableDetector } from '../domain/run-detector';
import type { VisionMetrics } from '../domain/run-metrics';

export interface LoadedDetector {
  detector: RunnableDetector;
  metrics: VisionMetrics;
  card: TradeoffCard;
  dispose(): void;
}

export async function loadDetector(dir: string, expectedSha256: string | null): Promise<LoadedDetector> {
  await initRuntime();
  const artifact = await loadArtifact(dir, expectedSha256 ? { expectedSha256 } : {});
  try {
    const detector = runnable(artifact.model, parseSpec(artifact.preprocess));
    return { detector, metrics: artifact.metrics as unknown as VisionMetrics, card: artifact.card, dispose: () => artifact.model.dispose() };
  } catch (error) {
    artifact.model.dispose();
    throw error;
  }
}
