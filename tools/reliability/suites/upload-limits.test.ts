// No route reads an unbounded body: each POST/PUT/PATCH handler of every app is sent a 64 MiB
// body as a stream without content-length (JSON, then multipart), and may pull at most
// MAX_READ_BYTES of it before answering (a 413, or any 4xx for a route that never reads a body).
import { useTempHome } from '../../testing/temp-home';
import { discoverApps, handlersOf, routeUrl, type RouteModule } from '../lib/apps';
import { problemsWith, readAnswer } from '../lib/response-checks';

const TOKEN = 'upload-limits-token';
const SENT_BYTES = 64 * 1024 * 1024;
/** The largest limit an app may set (image uploads); JSON bodies stop at 1 MiB. */
const MAX_READ_BYTES = 24 * 1024 * 1024;
const CHUNK = new Uint8Array(256 * 1024).fill(0x61);

useTempHome('atlas-upload-');

/** A body of `total` bytes that counts what the handler pulls. */
function countingBody(prefix: string, total: number) {
  const head = new TextEncoder().encode(prefix);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const chunk = sent === 0 ? head : CHUNK;
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => sent };
}

const cases = discoverApps().flatMap((app) =>
  app.routes.map((route) => ({ label: `${app.id}${route.urlPath}`, route })),
);

describe('body size limits of every app', () => {
  const saved = process.env.ATLAS_ADMIN_TOKEN;
  beforeAll(() => {
    process.env.ATLAS_ADMIN_TOKEN = TOKEN;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.ATLAS_ADMIN_TOKEN;
    else process.env.ATLAS_ADMIN_TOKEN = saved;
  });

  it.each(cases.map((c) => [c.label, c] as const))('%s reads at most 24 MiB of a 64 MiB body', async (_l, { route }) => {
    const mod = (await import(route.file)) as RouteModule;
    const params = Object.fromEntries(route.params.map((p) => [p, 'no-such-id']));
    for (const [method, handler] of handlersOf(mod).filter(([m]) => m !== 'GET' && m !== 'DELETE')) {
      for (const [contentType, prefix] of [
        ['application/json', '{"a":"'],
        ['multipart/form-data; boundary=atlas', '--atlas\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n'],
      ]) {
        const body = countingBody(prefix, SENT_BYTES);
        const req = new Request(routeUrl(route, params), {
          method,
          body: body.stream,
          headers: { 'content-type': contentType, authorization: `Bearer ${TOKEN}` },
          duplex: 'half',
        } as RequestInit & { duplex: 'half' });
        const answer = await readAnswer(await handler(req, { params: Promise.resolve(params) }));
        expect({ method, contentType, status: answer.status, readMiB: Math.round(body.pulled() / 2 ** 20), withinLimit: body.pulled() <= MAX_READ_BYTES }).toEqual({
          method,
          contentType,
          status: expect.any(Number),
          readMiB: expect.any(Number),
          withinLimit: true,
        });
        expect(answer.status).toBeGreaterThanOrEqual(400);
        expect(problemsWith(answer, { hasModel: false })).toEqual([]);
      }
    }
  });
});
