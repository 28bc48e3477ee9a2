// Fuzzes every API route of every app (found on disk, so new routes are covered as they land) with
// fast-check: FUZZ_RUNS_PER_ROUTE generated requests per handler, against one temp ATLAS_HOME with
// each app's default model trained quickly. Every answer must pass problemsWith (no 5xx, 4xx naming
// the field, no stack or path), and each app must still answer its health check and a valid
// prediction afterwards.
import path from 'node:path';
import fc from 'fast-check';
import { listRuns } from '@atlas/registry';
import { flushPredictionLogs, type DomainTrainer } from '@atlas/service';
import { quickTrainingOf } from '../../testing/quick-training';
import { trainQuickly, useTempHome } from '../../testing/temp-home';
import { discoverApps, handlersOf, ROOT, routeUrl, wellFormed, type ApiRoute, type DomainApp, type HttpMethod, type RouteModule } from '../lib/apps';
import { bodyArbitrary, queryArbitrary, segmentArbitrary, type FuzzBody } from '../lib/fuzz-inputs';
import { VALID_BODIES } from '../lib/fuzz-seeds';
import { FUZZ_RUNS_PER_ROUTE } from '../lib/fuzz-sizes';
import { problemsWith, readAnswer } from '../lib/response-checks';

const ADMIN_TOKEN = 'fuzz-admin-token-0123456789';
// ATLAS_FUZZ_APPS=a,b narrows the run while working on one app; `npm test` fuzzes them all.
const only = process.env.ATLAS_FUZZ_APPS?.split(',').filter(Boolean);
const APPS = discoverApps().filter((a) => !only || only.includes(a.id));
const trained = new Map<string, boolean>();
const summary: string[] = [];

// Declared before the temp home so that it runs first: the logs land before the home goes.
const savedToken = process.env.ATLAS_ADMIN_TOKEN;
beforeAll(() => {
  process.env.ATLAS_ADMIN_TOKEN = ADMIN_TOKEN;
});
afterAll(async () => {
  await flushPredictionLogs();
  if (savedToken === undefined) delete process.env.ATLAS_ADMIN_TOKEN;
  else process.env.ATLAS_ADMIN_TOKEN = savedToken;
  console.log(`[fuzz] ${FUZZ_RUNS_PER_ROUTE} requests per handler:\n${summary.join('\n')}`);
});

const temp = useTempHome('atlas-fuzz-', async () => {
  for (const app of APPS) {
    if (!app.trainerModule) {
      trained.set(app.id, false);
      continue;
    }
    const { trainer } = (await import(app.trainerModule)) as { trainer: DomainTrainer<unknown, unknown> };
    const quick = quickTrainingOf(app.id, trainer.defaultConfig);
    try {
      await trainQuickly(trainer, quick.configs, quick.args);
      trained.set(app.id, true);
    } catch (err) {
      // The app is still fuzzed: its model routes may then answer 503 no_active_model, nothing else.
      console.warn(`[fuzz] ${app.id}: quick training failed, fuzzing without a model: ${(err as Error).message}`);
      trained.set(app.id, false);
    }
  }
}, 900_000);


/** POST /api/train with the right token and a body it accepts would start real training jobs. */
function startsTraining(route: ApiRoute, body: FuzzBody, token: string | null): boolean {
  if (!route.urlPath.endsWith('/train') || token !== ADMIN_TOKEN) return false;
  if (body.form) return false;
  try {
    // As parseJsonBody reads it: no body, or only blanks, is {}.
    const text = (body.text ?? '').replace(/^\ufeff/, '').trim();
    const value = (text === '' ? {} : JSON.parse(text)) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).every((k) => k === 'config' || k === 'seed');
  } catch {
    return false;
  }
}

function buildRequest(url: string, method: HttpMethod, body: FuzzBody, token: string | null, extraHeader: [string, string] | null): Request {
  const headers = new Headers();
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  if (extraHeader) {
    try {
      headers.set(extraHeader[0], extraHeader[1]);
    } catch {
      // Not a legal header value: a real client could not send it either.
    }
  }
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (method !== 'GET' && method !== 'DELETE') {
    if (body.form) {
      const form = new FormData();
      for (const p of body.form) form.append(p.field, new Blob([p.bytes as Uint8Array<ArrayBuffer>], { type: p.type }), p.filename);
      init.body = form;
    } else if (body.text !== null) {
      init.body = body.text;
      if (body.contentType) headers.set('content-type', body.contentType);
    }
  }
  return new Request(url, init);
}

async function fuzzHandler(app: DomainApp, route: ApiRoute, method: HttpMethod, handler: NonNullable<RouteModule[HttpMethod]>) {
  const runIds = (await listRuns(app.id, { limit: 20 }).catch(() => [])).map((r) => r.id);
  const segmentValues: Record<string, string[]> = { id: runIds, file: ['model.json', 'card.json', 'metrics.json', 'manifest.json', 'preprocess.json', 'weights.bin'] };
  const params = fc.record(Object.fromEntries(route.params.map((p) => [p, segmentArbitrary(segmentValues[p] ?? [])])) as Record<string, fc.Arbitrary<string>>);
  const seeds = VALID_BODIES[`${app.id} ${route.urlPath}`] ?? [];
  const secrets = [ROOT, temp.home(), path.basename(temp.home()), ADMIN_TOKEN];
  const statuses = new Map<number, number>();
  const started = performance.now();
  const request = fc.record({
    params,
    query: queryArbitrary,
    body: bodyArbitrary(seeds),
    token: fc.constantFrom<string | null>(null, ADMIN_TOKEN, ADMIN_TOKEN, 'wrong', '', ADMIN_TOKEN.slice(0, -1), `${ADMIN_TOKEN}x`),
    header: fc.option(fc.tuple(fc.constantFrom('last-event-id', 'x-request-id', 'content-length', 'accept', 'x-atlas-admin-token'), fc.string({ maxLength: 30 })), { nil: null }),
  });
  const outcome = await fc.check(
    fc.asyncProperty(request, async (input) => {
      if (startsTraining(route, input.body, input.token)) return;
      const url = routeUrl(route, input.params, input.query);
      const req = buildRequest(url, method, input.body, input.token, input.header);
      const params = Object.fromEntries(Object.entries(input.params).map(([k, v]) => [k, wellFormed(v)]));
      const answer = await readAnswer(await handler(req, { params: Promise.resolve(params) }));
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      const problems = problemsWith(answer, { hasModel: trained.get(app.id) === true, secrets });
      if (problems.length > 0) throw new Error(`${method} ${url}: ${problems.join('; ')}`);
    }),
    { numRuns: FUZZ_RUNS_PER_ROUTE, seed: Number(process.env.ATLAS_FUZZ_SEED ?? 20261129), endOnFailure: true },
  );
  if (outcome.failed) {
    const error = outcome.errorInstance instanceof Error ? outcome.errorInstance.message : String(outcome.errorInstance);
    throw new Error(`${error}\ninput (long strings cut): ${abbreviated(outcome.counterexample)}\nreplay: ATLAS_FUZZ_SEED=${outcome.seed}`);
  }
  const counts = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}:${n}`).join(' ');
  summary.push(`  ${method.padEnd(5)} ${app.id}${route.urlPath}  ${((performance.now() - started) / 1000).toFixed(1)} s  ${counts}`);
}

/** JSON of a counterexample with long strings cut, so a failure report stays readable. */
function abbreviated(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'string' && v.length > 120) return `${v.slice(0, 60)}...(${v.length} chars)`;
    if (v instanceof Uint8Array) return `<${v.byteLength} bytes>`;
    return v;
  });
}

/** After the fuzz the app still serves: health is 200 and each valid example is answered 200. */
async function stillServes(app: DomainApp, modules: Map<string, RouteModule>) {
  const health = modules.get('/api/health')?.GET;
  if (health) expect((await health(new Request('http://localhost/api/health'), undefined)).status).toBe(200);
  if (!trained.get(app.id)) return;
  for (const route of app.routes) {
    for (const body of VALID_BODIES[`${app.id} ${route.urlPath}`] ?? []) {
      const res = await modules.get(route.urlPath)?.POST?.(buildRequest(`http://localhost${route.urlPath}`, 'POST', { text: JSON.stringify(body), contentType: 'application/json' }, null, null), undefined);
      expect({ route: route.urlPath, status: res?.status }).toEqual({ route: route.urlPath, status: 200 });
    }
  }
}

describe.each(APPS.map((a) => [a.id, a] as const))('fuzzing the API of %s', (_id, app) => {
  const modules = new Map<string, RouteModule>();

  beforeAll(async () => {
    for (const route of app.routes) modules.set(route.urlPath, (await import(route.file)) as RouteModule);
  });

  it('has at least the health route', () => {
    expect(app.routes.map((r) => r.urlPath)).toContain('/api/health');
  });

  it.each(app.routes.map((r) => [r.urlPath, r] as const))('%s answers every generated request without a 5xx, a leak or a nameless 4xx', async (_p, route) => {
    const handlers = handlersOf(modules.get(route.urlPath) as RouteModule);
    expect(handlers.length).toBeGreaterThan(0);
    for (const [method, handler] of handlers) await fuzzHandler(app, route, method, handler);
  });

  it('keeps serving after the fuzz', async () => {
    await flushPredictionLogs();
    await stillServes(app, modules);
  });
});
