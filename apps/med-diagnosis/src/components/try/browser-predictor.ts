// Runs the served model in the browser: the same artifact (checked by sha256), the same predictor
// code, on the browser's TensorFlow.js backend. Loaded on demand so tfjs stays out of the page bundle.
import { loadArtifactFromUrl, measureLatency } from '@atlas/model-core';
import { initRuntime } from '@atlas/model-core/runtime/browser';
import type { RawFeatures } from '../../domain/features';
import { MedPredictor } from '../../domain/predictor';
import type { ServedPreprocess } from '../../domain/train-run';

export interface BrowserModel {
  predictor: MedPredictor;
  backend: string;
}

export async function loadBrowserModel(runId: string): Promise<BrowserModel> {
  const runtime = await initRuntime({ wasmPaths: '/tfjs-wasm/' });
  const artifact = await loadArtifactFromUrl(`/api/runs/${encodeURIComponent(runId)}/artifact/`, { verify: globalThis.isSecureContext });
  return { predictor: new MedPredictor(artifact.model, artifact.preprocess as unknown as ServedPreprocess), backend: runtime.backend };
}

/** The risk of one patient, and the p50/p95 latency of computing it (20 warm-up calls, 100 timed). */
export async function scoreInBrowser(model: BrowserModel, patient: RawFeatures) {
  const risk = model.predictor.predict(patient, { explain: false }).risk;
  const latency = await measureLatency(() => model.predictor.predict(patient, { explain: false }), { warmupRuns: 20, runs: 100 });
  return { risk, p50Ms: latency.p50Ms, p95Ms: latency.p95Ms, backend: model.backend };
}
