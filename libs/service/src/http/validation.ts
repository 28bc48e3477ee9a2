// Input validation for route handlers: every problem becomes a 400 that names the field, so a client
// (or a person reading the network tab) knows what to fix.
import type { z } from 'zod';
import { readBodyText, DEFAULT_MAX_BODY_BYTES } from './body-limit';
import { invalidInputError, type FieldIssue } from './http-error';

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), reason: issue.message }));
}

/** Validates a value; throws a 400 HttpError listing every invalid field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInputError(issuesOf(result.error));
  return result.data;
}

export interface ParseBodyOptions {
  /** Larger bodies are refused with 413 before they are read whole. Default 1 MiB. */
  maxBytes?: number;
}

/**
 * Reads, parses and validates a JSON request body. An empty body counts as `{}`, so endpoints whose
 * fields are all optional accept a bare POST. Throws HttpError 413 (too large) or 400 (not JSON, or
 * invalid: `{ error: 'invalid_input', issues: [{ field, reason }] }`).
 */
export async function parseJsonBody<S extends z.ZodType>(req: Request, schema: S, options: ParseBodyOptions = {}): Promise<z.output<S>> {
  const text = await readBodyText(req, options.maxBytes ?? DEFAULT_MAX_BODY_BYTES);
  let value: unknown = {};
  if (text.trim() !== '') {
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw invalidInputError([{ field: '', reason: `body is not valid JSON (${(err as Error).message})` }]);
    }
  }
  return parseWith(schema, value);
}

/**
 * Parses the query string into an object (a key given twice becomes an array) and validates it. Query
 * values are strings: use z.coerce.number() / z.stringbool() in the schema.
 */
export function parseQuery<S extends z.ZodType>(source: string | URL | Request, schema: S): z.output<S> {
  const url = source instanceof Request ? new URL(source.url) : new URL(String(source), 'http://localhost');
  const value: Record<string, string | string[]> = {};
  for (const [key, v] of url.searchParams) {
    const prev = value[key];
    value[key] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return parseWith(schema, value);
}

/** Validates the dynamic segments of a route (`ctx.params`, a promise in current Next.js). */
export async function parseParams<S extends z.ZodType>(params: unknown, schema: S): Promise<z.output<S>> {
  return parseWith(schema, await params);
}
