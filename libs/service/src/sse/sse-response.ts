// A streaming text/event-stream Response for Next.js route handlers. It ends cleanly in every way a
// stream can end: the source finishes, the request's signal aborts (the client went away), or the
// runtime cancels the body; each of these stops the heartbeat and unsubscribes exactly once, so a
// closed tab leaves no listener behind on a training job.
import { formatSseFrame, sseComment, type SseMessage } from './sse-frame';

/** Push-style source: call emit for each message and end when done; return an unsubscribe function. */
export type SseSubscribe = (emit: (message: SseMessage) => void, end: () => void) => (() => void) | void;

export interface SseOptions {
  /** Pass `req.signal`: it aborts when the client disconnects. */
  signal?: AbortSignal;
  /** A comment frame this often keeps idle connections open through proxies. Default 15 s. */
  heartbeatMs?: number;
  headers?: Record<string, string>;
  /** Called with errors thrown by the source; default console.error. */
  onError?: (error: unknown) => void;
}

export const SSE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-store, no-transform',
  connection: 'keep-alive',
  // nginx and similar proxies buffer responses unless told not to; buffered events arrive in bursts.
  'x-accel-buffering': 'no',
};

export function sseResponse(source: AsyncIterable<SseMessage> | SseSubscribe, options: SseOptions = {}): Response {
  const encoder = new TextEncoder();
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const onError = options.onError ?? ((error: unknown) => console.error('[atlas] event stream source failed', error));
  let finished = false;
  let stop: () => void = () => undefined;

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let heartbeat: ReturnType<typeof setInterval> | undefined;
      let unsubscribe: (() => void) | void;
      const iterator: AsyncIterator<SseMessage> | undefined = typeof source === 'function' ? undefined : source[Symbol.asyncIterator]();

      const write = (text: string) => {
        if (finished) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          finish(false);
        }
      };
      const onAbort = () => finish(true);
      const finish = (close: boolean) => {
        if (finished) return;
        finished = true;
        if (heartbeat) clearInterval(heartbeat);
        options.signal?.removeEventListener('abort', onAbort);
        try {
          unsubscribe?.();
        } catch (error) {
          onError(error);
        }
        void iterator?.return?.()?.catch(onError);
        if (close) {
          try {
            controller.close();
          } catch {
            // already closed or cancelled by the runtime
          }
        }
      };
      stop = () => finish(false);

      if (options.signal?.aborted) {
        finish(true);
        return;
      }
      options.signal?.addEventListener('abort', onAbort, { once: true });
      // A first frame at once, so clients and proxies see the stream open before the first event.
      write(sseComment('open'));
      if (heartbeatMs > 0) heartbeat = setInterval(() => write(sseComment('heartbeat')), heartbeatMs);

      if (typeof source === 'function') {
        try {
          unsubscribe = source((message) => write(formatSseFrame(message)), () => finish(true));
        } catch (error) {
          onError(error);
          write(formatSseFrame({ event: 'stream_error', data: { message: 'the event source failed; see the server log' } }));
          finish(true);
          return;
        }
        if (finished) unsubscribe?.();
        return;
      }
      const it = iterator as AsyncIterator<SseMessage>;
      void (async () => {
        try {
          for (;;) {
            const next = await it.next();
            if (finished || next.done) break;
            write(formatSseFrame(next.value));
          }
        } catch (error) {
          onError(error);
          write(formatSseFrame({ event: 'stream_error', data: { message: 'the event source failed; see the server log' } }));
        } finally {
          finish(true);
        }
      })();
    },
    cancel() {
      stop();
    },
  });

  return new Response(body, { status: 200, headers: { ...SSE_HEADERS, ...options.headers } });
}
