// How registry failures read to an API client: the registry's codes map to HTTP statuses, and a
// database that is missing or unmigrated becomes a 503 with the one-line fix.
import { describeDatabaseError, NOT_MIGRATED, RegistryError } from '@atlas/registry';
import { HttpError, type FieldIssue } from './http-error';

const STATUS: Record<string, number> = { invalid: 400, not_found: 404, conflict: 409, database: 503 };
const CODE: Record<string, string> = { invalid: 'invalid_input', not_found: 'not_found', conflict: 'conflict', database: 'database_unavailable' };

/** "invalid run: a.b: problem; c: other" -> [{ field: 'a.b', reason: 'problem' }, ...]. */
export function issuesFromRegistryMessage(message: string): FieldIssue[] {
  const rest = message.replace(/^invalid [^:]*:\s*/, '');
  return rest
    .split('; ')
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf(': ');
      return at > 0 ? { field: part.slice(0, at), reason: part.slice(at + 2) } : { field: '', reason: part };
    });
}

function isDatabaseOutage(message: string): boolean {
  return message === NOT_MIGRATED || /^(database unreachable|database does not exist|cannot open the SQLite)/.test(message);
}

/** The HttpError for a registry or database failure, or null when `err` is something else. */
export function registryHttpError(err: unknown): HttpError | null {
  if (err instanceof RegistryError) {
    const status = STATUS[err.code] ?? 500;
    const body = { error: CODE[err.code] ?? 'registry_error', message: err.message };
    return new HttpError(status, err.code === 'invalid' ? { ...body, issues: issuesFromRegistryMessage(err.message) } : body);
  }
  // Prisma's own errors: only the recognised outages are told to the client; their text is one
  // stack-free line written by describeDatabaseError.
  if (err && typeof err === 'object') {
    const message = describeDatabaseError(err);
    if (isDatabaseOutage(message)) return new HttpError(503, { error: 'database_unavailable', message });
  }
  return null;
}
