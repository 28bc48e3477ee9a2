import { RegistryError } from '@atlas/registry';
import { HttpError, NoActiveModelError, route } from '../src';

function throwing(err: unknown, log = jest.fn()) {
  return {
    log,
    handler: route(
      async () => {
        throw err;
      },
      { log },
    ),
  };
}

const req = () => new Request('http://localhost/api/runs/abc/promote', { method: 'POST' });

describe('route', () => {
  it.each([
    ['invalid', 400, 'invalid_input'],
    ['not_found', 404, 'not_found'],
    ['conflict', 409, 'conflict'],
  ] as const)('maps RegistryError %s to %i', async (code, status, error) => {
    const { handler } = throwing(new RegistryError(code, code === 'invalid' ? 'invalid run: config: Too small; params.lr: expected number' : `run x ${code}`));
    const res = await handler(req(), undefined);
    expect(res.status).toBe(status);
    const body = await res.json();
    expect(body.error).toBe(error);
    if (code === 'invalid') {
      expect(body.issues).toEqual([
        { field: 'config', reason: 'Too small' },
        { field: 'params.lr', reason: 'expected number' },
      ]);
    }
  });

  it('answers 500 with a request id for an unknown error, logs the stack, and never sends it', async () => {
    const err = new Error('secret internal detail at /srv/app/x.ts:12');
    const { handler, log } = throwing(err);
    const res = await handler(req(), undefined);
    expect(res.status).toBe(500);
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body.error).toBe('internal');
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-request-id')).toBe(body.requestId);
    expect(text).not.toMatch(/secret internal detail|x\.ts|at /);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(body.requestId), err);
    expect(log.mock.calls[0][0]).toContain('POST /api/runs/abc/promote');
  });

  it('keeps a caller-supplied plain request id and ignores an odd one', async () => {
    const { handler } = throwing(new Error('x'));
    const mine = await handler(new Request('http://localhost/a', { headers: { 'x-request-id': 'abc-123' } }), undefined);
    expect((await mine.json()).requestId).toBe('abc-123');
    const odd = await handler(new Request('http://localhost/a', { headers: { 'x-request-id': 'a b<c>' } }), undefined);
    expect((await odd.json()).requestId).not.toBe('a b<c>');
  });

  it('passes HttpError through with its status, body and headers', async () => {
    const { handler, log } = throwing(new HttpError(418, { error: 'teapot', message: 'short and stout' }, { 'retry-after': '5' }));
    const res = await handler(req(), undefined);
    expect(res.status).toBe(418);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.json()).toEqual({ error: 'teapot', message: 'short and stout' });
    expect(log).not.toHaveBeenCalled();
  });

  it('answers 503 with the train command when there is no active model', async () => {
    const { handler } = throwing(new NoActiveModelError('credit-risk'));
    const res = await handler(req(), undefined);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      error: 'no_active_model',
      message: 'no active model for credit-risk: run npx nx run credit-risk:train',
      domain: 'credit-risk',
      command: 'npx nx run credit-risk:train',
    });
  });

  it('answers 503 with the fix for an unmigrated database', async () => {
    const { handler } = throwing(Object.assign(new Error('The table `main.ModelRun` does not exist in the current database.'), { code: 'P2021' }));
    const res = await handler(req(), undefined);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: 'database_unavailable', message: 'database not migrated: run npm run db:migrate' });
  });

  it('sets x-request-id on successful answers too', async () => {
    const ok = route(async () => Response.json({ ok: true }));
    const res = await ok(req(), undefined);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
