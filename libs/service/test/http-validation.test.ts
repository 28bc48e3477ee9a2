import { z } from 'zod';
import { parseJsonBody, parseQuery, route } from '../src';

const Applicant = z.object({
  name: z.string().min(1),
  age: z.number().int().min(18),
  address: z.object({ city: z.string().min(1), zip: z.string().regex(/^\d{5}$/) }),
});

const handler = route(async (req: Request) => Response.json(await parseJsonBody(req, Applicant)));

function post(body: string | undefined, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/api/predict', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

describe('parseJsonBody', () => {
  it('returns the typed value for a valid body', async () => {
    const good = { name: 'Ada', age: 36, address: { city: 'London', zip: '12345' } };
    const res = await handler(post(JSON.stringify(good)), undefined);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(good);
  });

  it('answers 400 naming every invalid field with its dotted path', async () => {
    const res = await handler(post(JSON.stringify({ name: '', age: 12.5, address: { city: 'x', zip: 'abc' } })), undefined);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe('invalid_input');
    expect(body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['address.zip', 'age', 'name']);
    for (const issue of body.issues) expect(typeof issue.reason).toBe('string');
    expect(body.message).toMatch(/address\.zip: /);
  });

  it('names a missing nested object', async () => {
    const res = await handler(post(JSON.stringify({ name: 'A', age: 20 })), undefined);
    const body = await res.json();
    expect(body.issues).toEqual([{ field: 'address', reason: expect.any(String) }]);
  });

  it('answers 400 for a body that is not JSON, and treats an empty body as {}', async () => {
    const bad = await handler(post('{"name": '), undefined);
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues[0]).toEqual({ field: '', reason: expect.stringMatching(/not valid JSON/) });

    const optional = route(async (req: Request) => Response.json(await parseJsonBody(req, z.object({ config: z.string().optional() }))));
    const empty = await optional(new Request('http://localhost/x', { method: 'POST' }), undefined);
    expect(empty.status).toBe(200);
    expect(await empty.json()).toEqual({});
  });

  it('answers 413 for a body over the limit, by header or by counting the stream', async () => {
    const limited = route(async (req: Request) => Response.json(await parseJsonBody(req, z.unknown(), { maxBytes: 100 })));
    const declared = await limited(post('{}', { 'content-length': '5000' }), undefined);
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toBe('payload_too_large');

    const chunks = [new TextEncoder().encode('["'), new TextEncoder().encode('x'.repeat(200)), new TextEncoder().encode('"]')];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of chunks) controller.enqueue(c);
        controller.close();
      },
    });
    const chunked = new Request('http://localhost/x', { method: 'POST', body: stream, duplex: 'half' } as RequestInit & { duplex: 'half' });
    const res = await limited(chunked, undefined);
    expect(res.status).toBe(413);
  });
});

describe('parseQuery', () => {
  const Query = z.object({ limit: z.coerce.number().int().max(100), tag: z.array(z.string()).optional() });

  it('coerces values and collects repeated keys into arrays', () => {
    expect(parseQuery('http://localhost/api/runs?limit=5&tag=a&tag=b', Query)).toEqual({ limit: 5, tag: ['a', 'b'] });
  });

  it('throws a 400 naming the query field', async () => {
    const h = route(async (req: Request) => Response.json(parseQuery(req, Query)));
    const res = await h(new Request('http://localhost/api/runs?limit=500'), undefined);
    expect(res.status).toBe(400);
    expect((await res.json()).issues).toEqual([{ field: 'limit', reason: expect.any(String) }]);
  });
});
