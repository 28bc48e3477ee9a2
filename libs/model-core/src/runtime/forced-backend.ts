import { FORCE_BACKEND_ENV, parseBackendName, type BackendName } from './backend-names';
import type { ForcedBackend } from './select-backend';

/**
 * The backend the caller or the operator demands, if any. The option wins over the environment
 * variable: code that asks for a backend explicitly (a test, a benchmark) knows what it measures.
 */
export function resolveForcedBackend(
  option: BackendName | undefined,
  environmentValue: string | undefined,
): ForcedBackend | undefined {
  if (option !== undefined) {
    const source = "The 'backend' option";
    return { name: parseBackendName(option, source), source };
  }
  if (environmentValue !== undefined && environmentValue.trim() !== '') {
    return { name: parseBackendName(environmentValue, FORCE_BACKEND_ENV), source: FORCE_BACKEND_ENV };
  }
  return undefined;
}
