// Mutating endpoints (train, promote, cancel, delete) need the admin token. Unset means "no admin
// endpoints here": answering 503 rather than 401 tells the operator it is a server setting, not a
// wrong password.
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError } from './http-error';

export const ADMIN_TOKEN_ENV = 'ATLAS_ADMIN_TOKEN';
export const ADMIN_TOKEN_HEADER = 'x-atlas-admin-token';

function presentedToken(req: Request): string | null {
  const auth = req.headers.get('authorization');
  const bearer = auth?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  if (bearer) return bearer;
  const header = req.headers.get(ADMIN_TOKEN_HEADER)?.trim();
  return header ? header : null;
}

/** Equal-length digests compared in constant time, so response timing does not leak the token. */
function sameToken(a: string, b: string): boolean {
  const da = createHash('sha256').update(a).digest();
  const db = createHash('sha256').update(b).digest();
  return timingSafeEqual(da, db);
}

/** Throws HttpError 503 when ATLAS_ADMIN_TOKEN is unset, 401 when the request lacks it or has another. */
export function requireAdmin(req: Request, env: Record<string, string | undefined> = process.env): void {
  const expected = env[ADMIN_TOKEN_ENV]?.trim();
  if (!expected) {
    throw new HttpError(503, {
      error: 'admin_disabled',
      message: `admin token not configured: set ${ADMIN_TOKEN_ENV} on the server to enable training and promotion`,
    });
  }
  const token = presentedToken(req);
  if (!token || !sameToken(token, expected)) {
    throw new HttpError(
      401,
      {
        error: 'unauthorized',
        message: token ? 'wrong admin token' : `admin token required: send Authorization: Bearer <token> or ${ADMIN_TOKEN_HEADER}`,
      },
      { 'www-authenticate': 'Bearer realm="atlas-admin"' },
    );
  }
}
