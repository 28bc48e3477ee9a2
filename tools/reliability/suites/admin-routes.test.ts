// Every route of every app that trains, promotes, cancels or deletes needs ATLAS_ADMIN_TOKEN: 401
// without it or with a wrong one (compared in constant time by requireAdmin), 503 admin_disabled when
// the server has none. Routes are found on disk, so a new app's admin routes are checked as they land.
import fs from 'node:fs';
import { useTempHome } from '../../testing/temp-home';
import { discoverApps, handlersOf, routeUrl, type HttpMethod, type RouteModule } from '../lib/apps';
import { problemsWith, readAnswer } from '../lib/response-checks';

const TOKEN = 'admin-routes-token-42';
const APPS = discoverApps();
useTempHome('atlas-admin-');

/** Admin by name: the path ends in train, promote, cancel or delete, or the method is DELETE. */
const isAdminRoute = (urlPath: string, method: HttpMethod) => method === 'DELETE' || /\/(train|promote|cancel|delete)$/.test(urlPath);

const adminRoutes = APPS.flatMap((app) =>
  app.routes.flatMap((route) => {
    const methods = (['POST', 'PUT', 'PATCH', 'DELETE'] as const).filter((m) => new RegExp(`\\b${m}\\b`).test(fs.readFileSync(route.file, 'utf8')));
    return methods.filter((m) => isAdminRoute(route.urlPath, m)).map((method) => ({ app: app.id, route, method, label: `${method} ${app.id}${route.urlPath}` }));
  }),
);

function call(mod: RouteModule, method: HttpMethod, url: string, params: Record<string, string>, headers: Record<string, string>) {
  const handler = handlersOf(mod).find(([m]) => m === method)?.[1];
  if (!handler) throw new Error(`${url} does not export ${method}`);
  return handler(new Request(url, { method, headers: { 'content-type': 'application/json', ...headers }, body: method === 'DELETE' ? undefined : '{"config":"no-such-config"}' }), { params: Promise.resolve(params) });
}

describe('admin routes of every app', () => {
  const saved = process.env.ATLAS_ADMIN_TOKEN;
  afterAll(() => {
    if (saved === undefined) delete process.env.ATLAS_ADMIN_TOKEN;
    else process.env.ATLAS_ADMIN_TOKEN = saved;
  });

  it('are found for every app that trains (train and promote at least)', () => {
    for (const app of APPS.filter((a) => a.trainerModule && a.routes.some((r) => r.urlPath === '/api/train'))) {
      const mine = adminRoutes.filter((r) => r.app === app.id).map((r) => r.route.urlPath);
      expect(mine).toEqual(expect.arrayContaining(['/api/train', '/api/runs/[id]/promote']));
    }
    console.log(`[admin] ${adminRoutes.length} admin handlers:\n${adminRoutes.map((r) => `  ${r.label}`).join('\n')}`);
  });

  it.each(adminRoutes.map((r) => [r.label, r] as const))('%s: 401 without or with a wrong token, 503 when no token is configured', async (_l, { route, method }) => {
    const mod = (await import(route.file)) as RouteModule;
    const params = Object.fromEntries(route.params.map((p) => [p, 'no-such-run']));
    const url = routeUrl(route, params);
    process.env.ATLAS_ADMIN_TOKEN = TOKEN;
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong' }, { authorization: `Bearer ${TOKEN}x` }, { 'x-atlas-admin-token': TOKEN.slice(1) }, { authorization: `Basic ${TOKEN}` }];
    for (const headers of attempts) {
      const answer = await readAnswer(await call(mod, method, url, params, headers));
      expect({ headers, status: answer.status }).toEqual({ headers, status: 401 });
      expect(JSON.parse(answer.text).error).toBe('unauthorized');
      expect(problemsWith(answer, { hasModel: true, secrets: [TOKEN] })).toEqual([]);
    }
    // The right token gets past the check (no such run: 404; no such configuration: 400, so nothing trains).
    const allowed = await call(mod, method, url, params, { authorization: `Bearer ${TOKEN}` });
    expect(allowed.status).not.toBe(401);
    delete process.env.ATLAS_ADMIN_TOKEN;
    const disabled = await readAnswer(await call(mod, method, url, params, { authorization: `Bearer ${TOKEN}` }));
    expect(disabled.status).toBe(503);
    expect(JSON.parse(disabled.text)).toMatchObject({ error: 'admin_disabled', message: expect.stringContaining('ATLAS_ADMIN_TOKEN') });
  });
});
