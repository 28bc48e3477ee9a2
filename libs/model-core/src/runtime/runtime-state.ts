import type { BackendName } from './backend-names';
import type { RuntimeInfo } from './runtime-info';

interface RuntimeState {
  pending: Promise<RuntimeInfo> | null;
  info: RuntimeInfo | null;
}

// Kept on globalThis, not in a module variable: a server bundler may instantiate this library once
// per route chunk, while TensorFlow.js keeps a single engine per process. One state per process keeps
// "initialise once" true however many copies of this module are loaded.
const STATE_KEY = Symbol.for('atlas.model-core.runtime');

function state(): RuntimeState {
  const holder = globalThis as typeof globalThis & { [STATE_KEY]?: RuntimeState };
  holder[STATE_KEY] ??= { pending: null, info: null };
  return holder[STATE_KEY];
}

/** The backend the runtime settled on, or null before initRuntime has finished. */
export function describeRuntime(): RuntimeInfo | null {
  return state().info;
}

/**
 * Runs `initialise` at most once per process; every caller, concurrent or later, gets the same
 * promise. A failed initialisation is forgotten so that a caller may retry (e.g. after fixing
 * ATLAS_TF_BACKEND). A caller that insists on another backend than the one that runs is refused:
 * TensorFlow.js has one active backend per process, and switching it under running models would
 * silently move their weights.
 */
export function initialiseOnce(
  forced: BackendName | undefined,
  initialise: () => Promise<RuntimeInfo>,
): Promise<RuntimeInfo> {
  const current = state();
  if (!current.pending) {
    current.pending = initialise().then(
      (info) => {
        current.info = info;
        return info;
      },
      (error: unknown) => {
        current.pending = null;
        throw error;
      },
    );
  }
  if (forced === undefined) return current.pending;
  return current.pending.then((info) => {
    if (info.backend !== forced) {
      throw new Error(
        `The TensorFlow.js runtime already runs the '${info.backend}' backend; '${forced}' was requested. ` +
          'One process runs one backend: use a worker thread or process for another.',
      );
    }
    return info;
  });
}

/** Forgets the chosen backend so a test can select another one in the same process. */
export function resetRuntimeForTesting(): void {
  const current = state();
  current.pending = null;
  current.info = null;
}
