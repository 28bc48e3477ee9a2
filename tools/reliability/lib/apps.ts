// Finds every domain app and its API routes on disk, so a route or an app added later is covered
// without editing the suites: apps/<app>/app/api/**/route.ts, their dynamic segments, and the
// trainer module an app's CLI and workers load.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ApiRoute {
  app: string;
  /** '/api/runs/[id]/promote' */
  urlPath: string;
  file: string;
  /** Names of the dynamic segments, in order ('id', 'file'). */
  params: string[];
}

export interface DomainApp {
  /** The folder name under apps/, which is also the registry domain. */
  id: string;
  dir: string;
  routes: ApiRoute[];
  /** apps/<app>/src/server/training/trainer.ts when the app trains models. */
  trainerModule: string | null;
}

function routeFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return e.name === 'route.ts' ? [full] : [];
  });
}

export function discoverApps(root: string = ROOT): DomainApp[] {
  const appsDir = path.join(root, 'apps');
  return fs
    .readdirSync(appsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(appsDir, e.name, 'app')))
    .map((e) => {
      const dir = path.join(appsDir, e.name);
      const appDir = path.join(dir, 'app');
      const routes = routeFiles(path.join(appDir, 'api'))
        .sort()
        .map((file) => {
          const rel = path.relative(appDir, path.dirname(file)).split(path.sep);
          return {
            app: e.name,
            urlPath: `/${rel.join('/')}`,
            file,
            params: rel.filter((s) => /^\[[^\]]+\]$/.test(s)).map((s) => s.slice(1, -1).replace(/^\.\.\./, '')),
          };
        });
      const trainer = path.join(dir, 'src', 'server', 'training', 'trainer.ts');
      return { id: e.name, dir, routes, trainerModule: fs.existsSync(trainer) ? trainer : null };
    });
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** A lone surrogate cannot travel in a URL: a router hands the handler U+FFFD instead. */
export const wellFormed = (s: string) => s.replace(LONE_SURROGATE, '\ufffd');

/** A concrete URL for a route, with its segments filled in (each encoded). */
export function routeUrl(route: ApiRoute, values: Record<string, string>, query = ''): string {
  let p = route.urlPath;
  for (const name of route.params) p = p.replace(`[${name}]`, encodeURIComponent(wellFormed(values[name] ?? 'x')));
  return `http://localhost${p}${query}`;
}

export type RouteModule = Partial<Record<HttpMethod, (req: Request, ctx: unknown) => Promise<Response> | Response>>;

export function handlersOf(mod: RouteModule): [HttpMethod, NonNullable<RouteModule[HttpMethod]>][] {
  return HTTP_METHODS.flatMap((m) => (typeof mod[m] === 'function' ? [[m, mod[m] as NonNullable<RouteModule[HttpMethod]>] as [HttpMethod, NonNullable<RouteModule[HttpMethod]>]] : []));
}
