// The wrapper every Atlas route handler goes through: whatever is thrown becomes a JSON answer with a
// status a client can act on, and an unexpected failure is logged with a request id that the client
// also gets (so a bug report can be matched to the log) while the stack stays on the server.
import { randomUUID } from 'node:crypto';
import { HttpError, json } from './http-error';
import { registryHttpError } from './registry-errors';

export type RouteHandler<C> = (req: Request, ctx: C) => Response | Promise<Response>;

export interface RouteOptions {
  /** Where unexpected errors are written; default console.error. */
  log?: (message: string, error: unknown) => void;
}

function withRequestId(res: Response, requestId: string): Response {
  try {
    res.headers.set('x-request-id', requestId);
    return res;
  } catch {
    // Some responses (e.g. from fetch) have immutable headers; copy them.
    const headers = new Headers(res.headers);
    headers.set('x-request-id', requestId);
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  }
}

/** Maps a thrown value to a response; exported for handlers that catch errors themselves. */
export function errorResponse(err: unknown, requestId: string, describe = 'request', log: RouteOptions['log'] = defaultLog): Response {
  if (err instanceof HttpError) return err.toResponse();
  const mapped = registryHttpError(err);
  if (mapped) return mapped.toResponse();
  log(`[atlas] ${requestId} ${describe} failed`, err);
  return json({ error: 'internal', message: `internal error; quote request id ${requestId} when reporting it`, requestId }, { status: 500 });
}

function defaultLog(message: string, error: unknown): void {
  console.error(message, error);
}

export function route<C = unknown>(handler: RouteHandler<C>, options: RouteOptions = {}): (req: Request, ctx: C) => Promise<Response> {
  return async (req, ctx) => {
    // A caller's own id is kept when it is a plain token, so logs on both sides line up.
    const given = req.headers.get('x-request-id');
    const requestId = given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    try {
      return withRequestId(await handler(req, ctx), requestId);
    } catch (err) {
      let where = req.method;
      try {
        where = `${req.method} ${new URL(req.url).pathname}`;
      } catch {
        // a relative URL in a test: the method alone will do
      }
      return withRequestId(errorResponse(err, requestId, where, options.log), requestId);
    }
  };
}
