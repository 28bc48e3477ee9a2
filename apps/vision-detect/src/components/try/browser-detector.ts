// Runs the served detector in the browser: the same artifact (checked by sha256), the same transform
// and decoding code, on the browser's TensorFlow.js backend. Loaded on demand so tfjs stays out of the
// page bundle.
import type { RgbaImage } from '@atlas/data-pipeline';
import { dropAlpha } from '@atlas/data-pipeline';
import { loadArtifactFromUrl, measureLatency } from '@atlas/model-core';
import { initRuntime } from '@atlas/model-core/runtime/browser';
import { detectImages, runnable, type Detected, type RunnableDetector } from '../../domain/run-detector';
import { parseSpec } from '../../domain/spec';

export interface BrowserDetector {
  detector: RunnableDetector;
  backend: string;
}

export async function loadBrowserDetector(runId: string): Promise<BrowserDetector> {
  const runtime = await initRuntime({ wasmPaths: '/tfjs-wasm/' });
  const artifact = await loadArtifactFromUrl(`/api/runs/${encodeURIComponent(runId)}/artifact/`, { verify: globalThis.isSecureContext });
  return { detector: runnable(artifact.model, parseSpec(artifact.preprocess)), backend: runtime.backend };
}

/** Candidates for one image and the p50 latency of the whole path (transform, model, decoding). */
export async function detectInBrowser(model: BrowserDetector, image: RgbaImage, runs = 15): Promise<{ candidates: Detected[]; p50Ms: number; backend: string }> {
  const rgb = dropAlpha(image);
  const [candidates] = detectImages(model.detector, [rgb]);
  const latency = await measureLatency(() => detectImages(model.detector, [rgb]), { warmupRuns: 3, runs });
  return { candidates, p50Ms: latency.p50Ms, backend: model.backend };
}
