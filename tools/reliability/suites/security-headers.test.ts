// Security headers come from tools/next-config.mjs, which every app's next.config uses as is: a CSP
// that lets Next and tfjs (wasm, webgl) run but nothing be framed or loaded from elsewhere, and the
// referrer, sniffing and permissions policies.
import fs from 'node:fs';
import path from 'node:path';
import { discoverApps } from '../lib/apps';

type Header = { key: string; value: string };
type NextConfigModule = {
  atlasNextConfig: (dir: string) => { headers: () => Promise<{ source: string; headers: Header[] }[]>; output?: string };
  contentSecurityPolicy: (o?: { dev?: boolean }) => string;
};

// @ts-expect-error: a plain ESM config file without type declarations.
const load = () => import('../../next-config.mjs') as Promise<NextConfigModule>;

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

describe('security headers', () => {
  it('every app builds its Next config from atlasNextConfig', () => {
    for (const app of discoverApps()) {
      const file = fs.readdirSync(app.dir).find((f) => /^next\.config\.(mjs|js|ts)$/.test(f));
      expect({ app: app.id, file }).toEqual({ app: app.id, file: expect.any(String) });
      const source = fs.readFileSync(path.join(app.dir, file as string), 'utf8');
      expect(source).toMatch(/atlasNextConfig\(/);
      // An app overriding headers() would drop the shared ones.
      expect(source).not.toMatch(/headers\s*[:(]/);
    }
  });

  it('apply to every path with CSP, frame, referrer, sniffing and permissions policies', async () => {
    const { atlasNextConfig } = await load();
    const rules = await atlasNextConfig(path.resolve('apps/credit-risk')).headers();
    expect(rules).toHaveLength(1);
    expect(rules[0].source).toBe('/:path*');
    const headers = Object.fromEntries(rules[0].headers.map((h) => [h.key.toLowerCase(), h.value]));
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['permissions-policy']).toMatch(/camera=\(self\)/);
    expect(headers['permissions-policy']).toMatch(/microphone=\(\)/);
    const csp = directives(headers['content-security-policy']);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    // tfjs-backend-wasm compiles WebAssembly; production needs no eval of JavaScript.
    expect(csp.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
    expect(csp.get('worker-src')).toEqual(expect.arrayContaining(["'self'", 'blob:']));
    expect(csp.get('img-src')).toEqual(expect.arrayContaining(['blob:', 'data:']));
    // Nothing from another origin: no wildcard and no http(s) source anywhere.
    for (const [name, values] of csp) for (const v of values) expect({ name, v, remote: /^\*|^https?:/.test(v) }).toEqual({ name, v, remote: false });
  });

  it('development adds only what hot reload needs', async () => {
    const { contentSecurityPolicy } = await load();
    const dev = directives(contentSecurityPolicy({ dev: true }));
    expect(dev.get('script-src')).toContain("'unsafe-eval'");
    expect(dev.get('connect-src')).toContain('ws:');
    expect(dev.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('standalone output is opt-in through ATLAS_NEXT_OUTPUT', async () => {
    const { atlasNextConfig } = await load();
    const saved = process.env.ATLAS_NEXT_OUTPUT;
    try {
      delete process.env.ATLAS_NEXT_OUTPUT;
      expect(atlasNextConfig('apps/credit-risk').output).toBeUndefined();
      process.env.ATLAS_NEXT_OUTPUT = 'standalone';
      expect(atlasNextConfig('apps/credit-risk').output).toBe('standalone');
    } finally {
      if (saved === undefined) delete process.env.ATLAS_NEXT_OUTPUT;
      else process.env.ATLAS_NEXT_OUTPUT = saved;
    }
  });
});
