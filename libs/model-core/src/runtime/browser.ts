// The TensorFlow.js runtime for the browser. Nothing here may import a Node module.
import { tf } from '../tf';
import { FORCE_BACKEND_ENV } from './backend-names';
import { cpuCandidate } from './cpu-candidate';
import { resolveForcedBackend } from './forced-backend';
import type { InitRuntimeOptions, RuntimeInfo } from './runtime-info';
import { initialiseOnce } from './runtime-state';
import { selectBackend, type BackendCandidate } from './select-backend';
import { wasmCandidate, type WasmPaths } from './wasm-candidate';

export { describeRuntime } from './runtime-state';
export type { InitRuntimeOptions, RuntimeInfo } from './runtime-info';
export type { WasmPaths } from './wasm-candidate';

export interface BrowserRuntimeOptions extends InitRuntimeOptions {
  /**
   * Where the app serves the wasm backend's .wasm files (a URL prefix ending in '/', or one URL per
   * file). Bundlers do not copy them, so without this the wasm backend usually cannot load.
   */
  wasmPaths?: WasmPaths;
}

const BROWSER_WASM_THREADS_OFF =
  'the page is not cross-origin isolated (wasm threads need SharedArrayBuffer, i.e. ' +
  'Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy headers)';

/** The browser's order: webgpu, webgl, wasm, cpu. */
export function browserBackendCandidates(options: BrowserRuntimeOptions = {}): BackendCandidate[] {
  return [
    webgpuCandidate(),
    // TensorFlow.js registers webgl by itself wherever there is a DOM or a worker scope.
    { name: 'webgl', prepare: async () => undefined },
    wasmCandidate({
      cores: globalThis.navigator?.hardwareConcurrency ?? 1,
      threadsUnavailableReason: BROWSER_WASM_THREADS_OFF,
      wasmPaths: options.wasmPaths,
    }),
    cpuCandidate(),
  ];
}

function webgpuCandidate(): BackendCandidate {
  return {
    name: 'webgpu',
    async prepare() {
      // The webgpu backend is a separate package that registers itself on import. It is not a
      // dependency of this library (it is young and needs async reads), so an app that wants it
      // imports it before calling initRuntime.
      if (!tf.findBackendFactory('webgpu')) {
        throw new Error('no webgpu backend package is loaded (@tensorflow/tfjs-backend-webgpu is not installed)');
      }
      if (!globalThis.navigator || !('gpu' in globalThis.navigator)) {
        throw new Error('this browser exposes no WebGPU (navigator.gpu is missing)');
      }
    },
  };
}

/**
 * Selects and initialises the TensorFlow.js backend once per page; concurrent and later callers
 * share the same result. Browsers have no ATLAS_TF_BACKEND of their own, so pass `backend` to force
 * one (an app may read it from a public build-time variable).
 */
export async function initRuntime(options: BrowserRuntimeOptions = {}): Promise<RuntimeInfo> {
  const forced = resolveForcedBackend(options.backend, globalThis.process?.env?.[FORCE_BACKEND_ENV]);
  return initialiseOnce(forced?.name, () =>
    selectBackend({ platform: 'browser', candidates: browserBackendCandidates(options), forced }),
  );
}
