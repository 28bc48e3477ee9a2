import { getThreadsCount, setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { registerWasmTrainingKernels } from '../kernels';
import { tf } from '../tf';
import type { BackendCandidate } from './select-backend';

export type WasmPaths = Parameters<typeof setWasmPaths>[0];

export interface WasmCandidateOptions {
  /** How many threads to ask for where the platform runs wasm threads. */
  cores: number;
  /** Why threads are off where the platform cannot run them; it goes into the report. */
  threadsUnavailableReason: string;
  /** Where the .wasm binaries are served, when the backend cannot find them next to its script. */
  wasmPaths?: WasmPaths;
}

/**
 * The wasm backend with SIMD where the engine validates SIMD code. Threads are set up before the
 * backend initialises, because TensorFlow.js reads the thread count only once, at initialisation.
 */
export function wasmCandidate(options: WasmCandidateOptions): BackendCandidate {
  let features = { simd: false, threads: false };
  return {
    name: 'wasm',
    async prepare() {
      features = await detectWasmFeatures();
      if (options.wasmPaths !== undefined) setWasmPaths(options.wasmPaths);
      if (features.threads) setThreadsCount(options.cores);
      registerWasmTrainingKernels(); // gradients wasm lacks or runs too slowly to train with
    },
    async describe() {
      const wasm = { ...features, threadCount: getThreadsCount() };
      return { wasm: features.threads ? wasm : { ...wasm, threadsOffReason: options.threadsUnavailableReason } };
    },
  };
}

async function detectWasmFeatures(): Promise<{ simd: boolean; threads: boolean }> {
  // Both flags are registered by the wasm package and probe the engine with tiny wasm programs.
  const [simd, threads] = await Promise.all([
    tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'),
    tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'),
  ]);
  return { simd: simd === true, threads: threads === true };
}
