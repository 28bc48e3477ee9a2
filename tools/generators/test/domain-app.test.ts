// Generates an app into a throwaway copy of the workspace, then type-checks, tests and builds it
// there, the way its owner would: the generator's promise is an app that works as generated.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { copyWorkspace } from './workspace-copy';

const ROOT = path.resolve(__dirname, '../../..');
const NAME = 'churn-risk';
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NEXT_TELEMETRY_DISABLED: '1', CI: '1' };

function run(cmd: string, args: string[], cwd: string): string {
  const res = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out = `${res.stdout}\n${res.stderr}`;
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${res.status}):\n${out.slice(-4000)}`);
  return out;
}

describe('nx g @atlas/tools:domain-app', () => {
  let dir = '';
  beforeAll(() => {
    dir = copyWorkspace(ROOT);
    run('npx', ['nx', 'g', '@atlas/tools:domain-app', NAME, '--title', 'Churn Predictor', '--no-interactive'], dir);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('registers the domain on the next free port, so the switcher, Compare and npm start list it', () => {
    const domains = JSON.parse(readFileSync(path.join(dir, 'libs/ui/src/domains.json'), 'utf8')) as { id: string; defaultPort: number; urlEnv: string; name: string }[];
    const before = JSON.parse(readFileSync(path.join(ROOT, 'libs/ui/src/domains.json'), 'utf8')) as { defaultPort: number }[];
    const added = domains[domains.length - 1];
    expect(added).toMatchObject({ id: NAME, name: 'Churn Predictor', defaultPort: Math.max(...before.map((d) => d.defaultPort)) + 1, urlEnv: 'ATLAS_URL_CHURN_RISK' });
    expect(readFileSync(path.join(dir, 'libs/ui/src/domains.ts'), 'utf8')).toMatch(new RegExp(`DOMAIN_IDS = \\[[^\\]]*'${NAME}'\\] as const`));
    for (const f of ['README.md', 'data/sample.csv', 'app/compare/page.tsx', 'app/api/predict/route.ts', 'app/api/workshop/[code]/route.ts', 'src/domain/trainer.ts', 'e2e/shell.spec.ts']) {
      expect(existsSync(path.join(dir, 'apps', NAME, f))).toBe(true);
    }
    // The generator refuses to overwrite.
    expect(() => run('npx', ['nx', 'g', '@atlas/tools:domain-app', NAME, '--no-interactive'], dir)).toThrow(/already exists/);
  });

  it('type-checks and lints', () => {
    run('npx', ['tsc', '-p', `apps/${NAME}/tsconfig.json`, '--noEmit'], dir);
    run('npx', ['eslint', `apps/${NAME}`], dir);
  });

  it('passes its own tests: CSV parsing, training on the sample above the majority class, serving, routes', () => {
    const out = run('npx', ['jest', '-c', `apps/${NAME}/jest.config.cjs`], dir);
    // Jest colours its summary when the environment asks for colour: compare the plain text.
    expect(stripVTControlCharacters(out)).toMatch(/Tests:\s+\d+ passed, \d+ total/);
  });

  it('builds with next build, every page and API route included', () => {
    const out = run(path.join(dir, 'node_modules/.bin/next'), ['build'], path.join(dir, 'apps', NAME));
    for (const r of ['/api/predict', '/api/train', '/api/workshop/[code]/join', '/compare', '/try', '/workshop']) expect(stripVTControlCharacters(out)).toContain(r);
    execFileSync('test', ['-f', path.join(dir, 'apps', NAME, '.next/BUILD_ID')]);
  });
});
