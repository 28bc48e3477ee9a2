import { requireAdmin, route } from '../src';

const handler = route(async (req: Request) => {
  requireAdmin(req);
  return Response.json({ ok: true });
});

function request(headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/api/train', { method: 'POST', headers });
}

describe('requireAdmin', () => {
  const saved = process.env.ATLAS_ADMIN_TOKEN;
  afterEach(() => {
    if (saved === undefined) delete process.env.ATLAS_ADMIN_TOKEN;
    else process.env.ATLAS_ADMIN_TOKEN = saved;
  });

  it('answers 503 saying the token is not configured when ATLAS_ADMIN_TOKEN is unset or empty', async () => {
    delete process.env.ATLAS_ADMIN_TOKEN;
    const res = await handler(request({ authorization: 'Bearer anything' }), undefined);
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.error).toBe('admin_disabled');
    expect(body.message).toMatch(/admin token not configured.*ATLAS_ADMIN_TOKEN/);
    process.env.ATLAS_ADMIN_TOKEN = '   ';
    expect((await handler(request(), undefined)).status).toBe(503);
  });

  it('answers 401 without a token and with a wrong one', async () => {
    process.env.ATLAS_ADMIN_TOKEN = 's3cret-token';
    const none = await handler(request(), undefined);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await none.json()).message).toMatch(/admin token required/);
    const wrong = await handler(request({ authorization: 'Bearer s3cret-tokeN' }), undefined);
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).message).toBe('wrong admin token');
    expect((await handler(request({ authorization: 'Basic s3cret-token' }), undefined)).status).toBe(401);
  });

  it('accepts the token as a Bearer credential or in x-atlas-admin-token', async () => {
    process.env.ATLAS_ADMIN_TOKEN = 's3cret-token';
    expect((await handler(request({ authorization: 'Bearer s3cret-token' }), undefined)).status).toBe(200);
    expect((await handler(request({ authorization: 'bearer s3cret-token' }), undefined)).status).toBe(200);
    expect((await handler(request({ 'x-atlas-admin-token': 's3cret-token' }), undefined)).status).toBe(200);
  });
});
