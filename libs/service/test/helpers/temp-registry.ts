// A throwaway registry per test file: a fresh ATLAS_HOME with the committed migrations applied, so
// tests see the real SQLite schema and never touch the developer's .atlas folder.
import { useTempHome } from '../../../../tools/testing/temp-home';

export function useTempRegistry(): { home: () => string } {
  return useTempHome('atlas-service-', undefined, 60_000);
}
