// The TensorFlow.js runtime for Node (servers, training workers, scripts, tests).
import os from 'node:os';
import { FORCE_BACKEND_ENV } from './backend-names';
import { cpuCandidate } from './cpu-candidate';
import { resolveForcedBackend } from './forced-backend';
import { nativeTensorflowCandidate, type ModuleLoader } from './native-tensorflow-candidate';
import type { InitRuntimeOptions, RuntimeInfo } from './runtime-info';
import { initialiseOnce } from './runtime-state';
import { selectBackend, type BackendCandidate } from './select-backend';
import { wasmCandidate } from './wasm-candidate';

export { describeRuntime } from './runtime-state';
export type { InitRuntimeOptions, RuntimeInfo } from './runtime-info';

// Measured, not assumed: tfjs 4.22 registers the wasm multithreading flag as false whenever it
// runs in Node, whatever the engine supports.
const NODE_WASM_THREADS_OFF =
  'TensorFlow.js turns wasm threads off in Node (setThreadsCount has no effect there); ' +
  'one wasm job uses one core, so parallel work needs worker threads or processes';

/** Node's order: native libtensorflow, then wasm with SIMD, then pure JS. */
export function nodeBackendCandidates(loadModule?: ModuleLoader): BackendCandidate[] {
  return [
    nativeTensorflowCandidate(loadModule),
    wasmCandidate({ cores: os.availableParallelism(), threadsUnavailableReason: NODE_WASM_THREADS_OFF }),
    cpuCandidate(),
  ];
}

/**
 * Selects and initialises the TensorFlow.js backend once per process; concurrent and later callers
 * share the same result. Call it before building or loading a model.
 */
export async function initRuntime(options: InitRuntimeOptions = {}): Promise<RuntimeInfo> {
  const forced = resolveForcedBackend(options.backend, process.env[FORCE_BACKEND_ENV]);
  return initialiseOnce(forced?.name, () =>
    selectBackend({ platform: 'node', candidates: nodeBackendCandidates(), forced }),
  );
}
