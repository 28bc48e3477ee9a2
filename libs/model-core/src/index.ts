// The shared entry of @atlas/model-core: safe to import from server and browser code alike.
// The backend selection lives in platform entries, so that Node-only modules never reach a browser
// bundle: '@atlas/model-core/runtime/node' and '@atlas/model-core/runtime/browser'.
export { tf } from './tf';
export {
  BACKEND_NAMES,
  FORCE_BACKEND_ENV,
  isBackendName,
  parseBackendName,
  type BackendName,
} from './runtime/backend-names';
export type {
  InitRuntimeOptions,
  RuntimeInfo,
  RuntimePlatform,
  SkippedBackend,
  WasmInfo,
} from './runtime/runtime-info';
export { describeRuntime } from './runtime/runtime-state';
export { createSeededRandom, shuffleInPlace } from './seeded-random';
export * from './metrics';
export * from './explain';
export * from './privacy';
export * from './train';
export * from './models';
export * from './card';
export * from './artifacts';
export * from './kernels';
export * from './serving';
