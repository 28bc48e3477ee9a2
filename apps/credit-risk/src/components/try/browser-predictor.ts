// Runs the served model in the browser: the same artifact (checked by sha256), the same predictor
// code, on the browser's TensorFlow.js backend. Loaded on demand so tfjs stays out of the page bundle.
import { loadArtifactFromUrl, measureLatency } from '@atlas/model-core';
import { initRuntime } from '@atlas/model-core/runtime/browser';
import { CreditPredictor, type ApplicationInput } from '../../domain/predictor';
import { parsePreprocess } from '../../domain/preprocess';

export interface BrowserModel {
  predictor: CreditPredictor;
  backend: string;
}

export async function loadBrowserModel(runId: string): Promise<BrowserModel> {
  const runtime = await initRuntime({ wasmPaths: '/tfjs-wasm/' });
  const artifact = await loadArtifactFromUrl(`/api/runs/${encodeURIComponent(runId)}/artifact/`, { verify: globalThis.isSecureContext });
  return { predictor: new CreditPredictor(artifact.model, parsePreprocess(artifact.preprocess)), backend: runtime.backend };
}

/** PD of one application, and the p50/p95 latency of scoring it (20 warm-up calls, 100 timed). */
export async function scoreInBrowser(model: BrowserModel, application: ApplicationInput) {
  const pd = model.predictor.pds([application])[0];
  const latency = await measureLatency(() => model.predictor.pds([application]), { warmupRuns: 20, runs: 100 });
  return { pd, p50Ms: latency.p50Ms, p95Ms: latency.p95Ms, backend: model.backend };
}
