// Errors the registry reports to its callers: a code a route can map to an HTTP status, and a short
// message a person can act on. Stacks stay in the server log.
import type { ZodError } from 'zod';

export type RegistryErrorCode = 'invalid' | 'not_found' | 'conflict' | 'database';

export class RegistryError extends Error {
  constructor(
    readonly code: RegistryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

/** "field.path: problem; other: problem" so that a 400 answer names the field. */
export function invalidInput(what: string, error: ZodError): RegistryError {
  const issues = error.issues.map((i) => `${i.path.length ? i.path.join('.') : what}: ${i.message}`);
  return new RegistryError('invalid', `invalid ${what}: ${issues.join('; ')}`);
}

export const NOT_MIGRATED = 'database not migrated: run npm run db:migrate';

/** The Prisma error code (P2002 unique, P2003 foreign key, ...), when there is one. */
export function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function firstLine(text: string): string {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('Invalid `')) ?? text.trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

/** A one-line, stack-free description of a database failure. */
export function describeDatabaseError(err: unknown): string {
  if (err instanceof RegistryError) return err.message;
  const message = err instanceof Error ? err.message : String(err);
  const code = errorCode(err);
  // P2021: table missing; P1003: database missing.
  if (code === 'P2021' || /no such table|does not exist in the current database|relation .* does not exist/i.test(message)) {
    return NOT_MIGRATED;
  }
  if (code === 'P1003' || /database .* does not exist/i.test(message)) return `database does not exist: ${firstLine(message)}`;
  if (/ECONNREFUSED|Can't reach database server|DatabaseNotReachable|ENOTFOUND|ETIMEDOUT/i.test(message)) {
    return `database unreachable: ${firstLine(message)}`;
  }
  if (/unable to open database file|SQLITE_CANTOPEN/i.test(message)) return `cannot open the SQLite database file: ${firstLine(message)}`;
  return `database error: ${firstLine(message)}`;
}
