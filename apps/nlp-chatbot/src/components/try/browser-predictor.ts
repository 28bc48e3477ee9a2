// Runs the served intent model in the browser: the same artifact (checked by sha256 where the page
// is a secure context), the same predictor code, on the browser's TensorFlow.js backend. Loaded on
// demand so tfjs stays out of the page bundle.
import { loadArtifactFromUrl, measureLatency } from '@atlas/model-core';
import { initRuntime } from '@atlas/model-core/runtime/browser';
import type { Decision, Knobs } from '../../domain/decision';
import { IntentPredictor } from '../../domain/predictor';
import { parsePreprocess } from '../../domain/preprocess';

export interface BrowserModel {
  predictor: IntentPredictor;
  backend: string;
  loadMs: number;
}

export async function loadBrowserModel(runId: string): Promise<BrowserModel> {
  const started = performance.now();
  // wasm, not the browser's default webgl: for a small embedding-bag model it is the faster backend
  // (model-core's measurements; webgl pays a GPU upload and read-back per message).
  const runtime = await initRuntime({ backend: 'wasm', wasmPaths: '/tfjs-wasm/' });
  const artifact = await loadArtifactFromUrl(`/api/runs/${encodeURIComponent(runId)}/artifact/`, { verify: globalThis.isSecureContext });
  return { predictor: new IntentPredictor(artifact.model, parsePreprocess(artifact.preprocess)), backend: runtime.backend, loadMs: performance.now() - started };
}

export interface BrowserResult {
  decision: Decision;
  p50Ms: number;
  p99Ms: number;
  backend: string;
}

/** The decision on one message, and the p50/p99 latency of making it (10 warm-up calls, 50 timed). */
export async function decideInBrowser(model: BrowserModel, text: string, knobs: Knobs): Promise<BrowserResult> {
  const decision = model.predictor.decide(text, knobs);
  const latency = await measureLatency(() => model.predictor.decide(text, knobs), { warmupRuns: 10, runs: 50 });
  return { decision, p50Ms: latency.p50Ms, p99Ms: latency.p99Ms, backend: model.backend };
}
