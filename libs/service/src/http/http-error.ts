// An error a route handler throws to answer with a given status and JSON body; route() turns it into
// the response. Helpers (validation, admin checks) throw these so a handler reads top to bottom.

export interface FieldIssue {
  /** Dotted path of the offending field ('applicant.age', 'items.0.id'); '' for the whole input. */
  field: string;
  reason: string;
}

export interface ErrorBody {
  error: string;
  message: string;
  [key: string]: unknown;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
    this.name = 'HttpError';
  }

  toResponse(): Response {
    return json(this.body, { status: this.status, headers: this.headers });
  }
}

/** JSON response that no cache keeps: every Atlas API answer depends on live state. */
export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
  return Response.json(body, { ...init, headers });
}

export function invalidInputError(issues: FieldIssue[], message?: string): HttpError {
  const text = message ?? issues.map((i) => (i.field ? `${i.field}: ${i.reason}` : i.reason)).join('; ');
  return new HttpError(400, { error: 'invalid_input', message: text, issues });
}
