import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { getRun, repoRoot } from '@atlas/registry';
import { useTempRegistry } from './helpers/temp-registry';

const registry = useTempRegistry();

describe('a training worker whose server goes away', () => {
  it('stops training and records the run cancelled with the reason', async () => {
    const root = repoRoot();
    const parent = spawnSync(process.execPath, ['-r', '@swc-node/register', path.join(root, 'libs/service/test/fixtures/orphan-parent.ts')], {
      cwd: root,
      env: { ...process.env, ATLAS_HOME: registry.home(), SWC_NODE_PROJECT: path.join(root, 'tsconfig.base.json') },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(parent.status).toBe(0);
    const runId = parent.stdout.trim().split('\n').pop() as string;
    // The orphaned worker notices the closed channel, aborts, and records the end itself.
    let run = await getRun(runId);
    for (let i = 0; i < 100 && run && (run.status === 'running' || run.status === 'queued'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      run = await getRun(runId);
    }
    expect(run).toMatchObject({ status: 'cancelled', error: 'the server stopped while the run was training', artifactPath: null });
  }, 90_000);
});
