/**
 * @jest-environment node
 */
// ARCHITECTURE.md's dependency rules are enforced by lint; this proves the rule is live, so that a
// config change cannot silently switch it off.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

// The ESLint CLI in a child process: Jest's module sandbox cannot load the ESM flat config.
async function boundaryErrors(project: string, code: string): Promise<string[]> {
  const cwd = path.join(root, project);
  const res = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', path.join(cwd, 'src/boundary-probe.ts')],
    { cwd, input: code, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } },
  );
  if (res.status !== 0 && res.status !== 1) throw new Error(`eslint failed: ${res.stderr}`);
  const [result] = JSON.parse(res.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries', () => {
  it('forbid ui from importing another lib', async () => {
    const errors = await boundaryErrors('libs/ui', "import { atlasHome } from '@atlas/registry';\nexport const x = atlasHome;\n");
    expect(errors.join('\n')).toMatch(/type:ui/);
  }, 120_000);

  it('forbid model-core and data-pipeline from importing each other', async () => {
    const errors = await boundaryErrors('libs/model-core', "import * as d from '@atlas/data-pipeline';\nexport const x = d;\n");
    expect(errors.join('\n')).toMatch(/type:model/);
  }, 120_000);

  it('let an app import every lib', async () => {
    const code = "import { DOMAINS } from '@atlas/ui';\nimport { atlasHome } from '@atlas/registry';\nexport const x = [DOMAINS, atlasHome];\n";
    expect(await boundaryErrors('apps/credit-risk', code)).toEqual([]);
  }, 120_000);
});
