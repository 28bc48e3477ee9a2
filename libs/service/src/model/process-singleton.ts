// Next.js re-evaluates modules on every edit in development and may bundle one module into several
// route chunks; state that must exist once per process (a loaded model, the training jobs) is kept on
// globalThis under a key instead of in module scope.

const STORE = Symbol.for('atlas.service.singletons');

type Store = Map<string, unknown>;

function store(): Store {
  const holder = globalThis as unknown as Record<symbol, Store | undefined>;
  holder[STORE] ??= new Map();
  return holder[STORE];
}

/** The instance stored under `key`, created by `create` on first use. */
export function processSingleton<T>(key: string, create: () => T): T {
  const map = store();
  if (!map.has(key)) map.set(key, create());
  return map.get(key) as T;
}

/** Forgets a singleton (tests; after closing it). */
export function forgetSingleton(key: string): void {
  store().delete(key);
}
