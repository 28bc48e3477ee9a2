/**
 * The first line of an error: enough for a report, without the require stack or the JS stack.
 * Reads `message` from any object, not only from Error instances: errors thrown in another realm
 * (a vm sandbox) fail `instanceof Error`, and the wasm loader rejects with a plain `{ message }`.
 */
export function firstLineOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' ? message : String(error);
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'unknown error';
}
