import { tf } from '../tf';
import type { BackendName } from './backend-names';
import { captureWarnings } from './capture-warnings';
import { firstLineOf } from './error-message';
import type { RuntimeInfo, RuntimePlatform, SkippedBackend, WasmInfo } from './runtime-info';

/** One backend a platform can offer, in the platform's order of preference. */
export interface BackendCandidate {
  name: BackendName;
  /**
   * Loads or configures what the backend needs before TensorFlow.js initialises it (an optional
   * package, wasm thread settings). Throws with the reason when the backend cannot be offered.
   */
  prepare(): Promise<void>;
  /** Facts that can only be read once the backend runs. */
  describe?(): Promise<{ wasm?: WasmInfo }>;
}

export interface ForcedBackend {
  name: BackendName;
  /** Where the demand came from, named in errors so the operator knows what to fix. */
  source: string;
}

export interface BackendSelection {
  platform: RuntimePlatform;
  candidates: readonly BackendCandidate[];
  forced?: ForcedBackend;
}

/**
 * Activates the first candidate that loads (or only the forced one) and returns what runs.
 * The answer is read back from TensorFlow.js after `tf.ready()`: tfjs falls back to another backend
 * with no more than a console message, so the name we asked for proves nothing.
 */
export async function selectBackend(selection: BackendSelection): Promise<RuntimeInfo> {
  const { platform, forced } = selection;
  const candidates = forced ? [candidateFor(forced, selection)] : selection.candidates;
  const skipped: SkippedBackend[] = [];

  for (const candidate of candidates) {
    try {
      await candidate.prepare();
      await activate(candidate.name);
      const details = (await candidate.describe?.()) ?? {};
      return {
        platform,
        backend: candidate.name,
        forced: forced !== undefined,
        skipped,
        ...details,
        tfjsVersion: tf.version.tfjs,
      };
    } catch (error) {
      const reason = firstLineOf(error);
      if (forced) {
        throw new Error(`${forced.source} forces the '${forced.name}' backend, but it could not load: ${reason}`);
      }
      skipped.push({ backend: candidate.name, reason });
    }
  }
  const reasons = skipped.map((entry) => `${entry.backend}: ${entry.reason}`).join('; ');
  throw new Error(`No TensorFlow.js backend could load on ${platform} (${reasons})`);
}

function candidateFor(forced: ForcedBackend, selection: BackendSelection): BackendCandidate {
  const candidate = selection.candidates.find((entry) => entry.name === forced.name);
  if (candidate) return candidate;
  const offered = selection.candidates.map((entry) => entry.name).join(', ');
  throw new Error(
    `${forced.source} forces the '${forced.name}' backend, which cannot load on ${selection.platform}; ` +
      `${selection.platform} backends: ${offered}`,
  );
}

async function activate(name: BackendName): Promise<void> {
  if (!tf.findBackendFactory(name)) {
    throw new Error(`no '${name}' backend is registered with TensorFlow.js`);
  }
  const { result: selected, warnings } = await captureWarnings(() => tf.setBackend(name));
  if (!selected) {
    const detail = warnings.map((warning) => firstLineOf(warning)).join(' | ');
    throw new Error(`TensorFlow.js could not initialise it${detail ? `: ${detail}` : ''}`);
  }
  await tf.ready();
  const active = tf.getBackend();
  if (active !== name) {
    throw new Error(`TensorFlow.js reports '${active}' as active after '${name}' was selected`);
  }
}
