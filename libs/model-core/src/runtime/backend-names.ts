/** Every TensorFlow.js backend the runtime knows how to select, in no particular order. */
export const BACKEND_NAMES = ['tensorflow', 'wasm', 'cpu', 'webgl', 'webgpu'] as const;

export type BackendName = (typeof BACKEND_NAMES)[number];

/** The environment variable that forces one backend instead of the first that loads. */
export const FORCE_BACKEND_ENV = 'ATLAS_TF_BACKEND';

export function isBackendName(value: string): value is BackendName {
  return (BACKEND_NAMES as readonly string[]).includes(value);
}

/**
 * Turns a name that came from outside the type system (an environment variable, JSON, a plain-JS
 * caller) into a BackendName. A typo must stop start-up loudly: silently falling back to the 40x
 * slower cpu backend is exactly the failure this library exists to prevent.
 */
export function parseBackendName(value: string, source: string): BackendName {
  const name = value.trim().toLowerCase();
  if (isBackendName(name)) return name;
  throw new Error(
    `Unknown TensorFlow.js backend '${value}' (from ${source}); valid names: ${BACKEND_NAMES.join(', ')}`,
  );
}
