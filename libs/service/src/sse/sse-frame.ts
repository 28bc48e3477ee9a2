// One server-sent-events frame (WHATWG HTML, "Server-sent events"): optional id/event/retry fields,
// one `data:` line per line of payload, and a blank line that ends the frame.

export interface SseMessage {
  /** The event name a client listens to with addEventListener; omitted means 'message'. */
  event?: string;
  /** JSON-encoded unless it is a string, which is sent as is (line by line). */
  data: unknown;
  /** Becomes the client's Last-Event-ID, sent back when the browser reconnects. */
  id?: string | number;
  /** Reconnection delay the client should use, in ms. */
  retry?: number;
}

/** Field values must not contain line breaks: one would end the field and start another. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}

export function formatSseFrame(message: SseMessage): string {
  let frame = '';
  if (message.id !== undefined) frame += `id: ${oneLine(String(message.id))}\n`;
  if (message.event) frame += `event: ${oneLine(message.event)}\n`;
  if (message.retry !== undefined) frame += `retry: ${Math.max(0, Math.trunc(message.retry))}\n`;
  const payload = typeof message.data === 'string' ? message.data : JSON.stringify(message.data ?? null);
  for (const line of payload.split(/\r\n|\r|\n/)) frame += `data: ${line}\n`;
  return `${frame}\n`;
}

/** A comment frame: ignored by EventSource, but it keeps proxies and load balancers from timing out. */
export function sseComment(text: string): string {
  return `: ${oneLine(text)}\n\n`;
}
