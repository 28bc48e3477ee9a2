import type { BackendCandidate } from './select-backend';

/** The pure-JS backend: always registered by TensorFlow.js itself, the last resort everywhere. */
export function cpuCandidate(): BackendCandidate {
  return { name: 'cpu', prepare: async () => undefined };
}
