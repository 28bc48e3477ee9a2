import { formatSseFrame, sseResponse, type SseMessage } from '../src';
import { parseSse } from './helpers/sse-reader';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('formatSseFrame', () => {
  it('writes id, event, retry and JSON data, ending with a blank line', () => {
    expect(formatSseFrame({ id: 7, event: 'epoch', retry: 3000, data: { loss: 0.5 } })).toBe('id: 7\nevent: epoch\nretry: 3000\ndata: {"loss":0.5}\n\n');
  });

  it('splits a multi-line string into data lines and keeps field values on one line', () => {
    expect(formatSseFrame({ event: 'log\nevil: x', data: 'line one\nline two' })).toBe('event: log evil: x\ndata: line one\ndata: line two\n\n');
  });
});

describe('sseResponse', () => {
  it('streams an async iterable with event-stream headers and closes when it ends', async () => {
    async function* source(): AsyncGenerator<SseMessage> {
      yield { event: 'start', data: { n: 1 }, id: 1 };
      yield { event: 'end', data: { n: 2 }, id: 2 };
    }
    const res = sseResponse(source(), { heartbeatMs: 0 });
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('cache-control')).toMatch(/no-cache/);
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    const { frames, comments } = parseSse(await res.text());
    expect(comments).toEqual(['open']);
    expect(frames).toEqual([
      { id: '1', event: 'start', data: '{"n":1}' },
      { id: '2', event: 'end', data: '{"n":2}' },
    ]);
  });

  it('sends heartbeat comments while the source is idle', async () => {
    let end: () => void = () => undefined;
    const res = sseResponse(
      (_emit, done) => {
        end = done;
      },
      { heartbeatMs: 20 },
    );
    const text = res.text();
    await sleep(110);
    end();
    const { comments, frames } = parseSse(await text);
    expect(frames).toHaveLength(0);
    expect(comments.filter((c) => c === 'heartbeat').length).toBeGreaterThanOrEqual(3);
  });

  it('unsubscribes and closes when the client disconnects (signal aborts)', async () => {
    const unsubscribe = jest.fn();
    let emit: (m: SseMessage) => void = () => undefined;
    const controller = new AbortController();
    const res = sseResponse(
      (e) => {
        emit = e;
        return unsubscribe;
      },
      { signal: controller.signal, heartbeatMs: 10 },
    );
    const text = res.text();
    emit({ event: 'step', data: { step: 1 } });
    controller.abort();
    emit({ event: 'step', data: { step: 2 } });
    const { frames } = parseSse(await text);
    expect(frames.map((f) => f.data)).toEqual(['{"step":1}']);
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('stops an iterable source when the body is cancelled, and stops the heartbeat', async () => {
    const returned = jest.fn();
    let pulls = 0;
    const iterable: AsyncIterable<SseMessage> = {
      [Symbol.asyncIterator]: () => ({
        next: async () => {
          pulls += 1;
          await sleep(5);
          return { done: false, value: { data: pulls } };
        },
        return: async () => {
          returned();
          return { done: true, value: undefined };
        },
      }),
    };
    const res = sseResponse(iterable, { heartbeatMs: 5 });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    const pullsAtCancel = pulls;
    await sleep(40);
    expect(returned).toHaveBeenCalledTimes(1);
    expect(pulls).toBeLessThanOrEqual(pullsAtCancel + 1);
  });

  it('ends with a stream_error frame, not a stack, when the source throws', async () => {
    const onError = jest.fn();
    async function* broken(): AsyncGenerator<SseMessage> {
      yield { data: 'ok' };
      throw new Error('boom at /srv/x.ts');
    }
    const text = await sseResponse(broken(), { heartbeatMs: 0, onError }).text();
    const { frames } = parseSse(text);
    expect(frames.map((f) => f.event ?? 'message')).toEqual(['message', 'stream_error']);
    expect(text).not.toMatch(/boom|x\.ts/);
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
