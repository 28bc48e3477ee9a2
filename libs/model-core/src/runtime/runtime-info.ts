import type { BackendName } from './backend-names';

export type RuntimePlatform = 'node' | 'browser';

/** A backend that was tried before the chosen one and did not load, and why. */
export interface SkippedBackend {
  backend: BackendName;
  reason: string;
}

/** How the wasm backend runs, recorded because threads and SIMD change its speed several-fold. */
export interface WasmInfo {
  simd: boolean;
  threads: boolean;
  threadCount: number;
  /** Present when threads are off, so a slow run can be explained from the report alone. */
  threadsOffReason?: string;
}

/** What initRuntime chose. `backend` is read back from TensorFlow.js after it is ready. */
export interface RuntimeInfo {
  platform: RuntimePlatform;
  backend: BackendName;
  /** True when the backend came from the `backend` option or ATLAS_TF_BACKEND, not from the order. */
  forced: boolean;
  skipped: SkippedBackend[];
  wasm?: WasmInfo;
  tfjsVersion: string;
}

export interface InitRuntimeOptions {
  /** Forces one backend; takes precedence over ATLAS_TF_BACKEND. */
  backend?: BackendName;
}
