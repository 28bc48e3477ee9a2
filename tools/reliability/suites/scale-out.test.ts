// Two replicas of credit-risk (two processes serving the app's own route handlers, see
// fixtures/app-instance.ts) share one PostgreSQL database and one artifact folder: a model promoted
// through one replica is served by the other within its re-check interval, with no restart.
import { runTraining } from '@atlas/service';
import { migrate } from '@atlas/registry';
import { trainer } from '../../../apps/credit-risk/src/server/training/trainer';
import { useFreshDatabase, type TestDatabase } from '../../../libs/registry/test/databases';
import { quickTrainingOf } from '../../testing/quick-training';
import { VALID_BODIES } from '../lib/fuzz-seeds';
import { killHard, startTs, type Child } from '../lib/processes';

const TOKEN = 'scale-out-token';
const quick = quickTrainingOf('credit-risk', trainer.defaultConfig);
const body = JSON.stringify(VALID_BODIES['credit-risk /api/predict'][0]);
let db: TestDatabase;
const replicas: { child: Child; base: string }[] = [];

beforeAll(async () => {
  db = await useFreshDatabase('postgresql');
  await migrate({ quiet: true });
}, 120_000);

afterAll(async () => {
  for (const r of replicas) await killHard(r.child);
  await db?.drop();
});

async function startReplica(): Promise<{ child: Child; base: string }> {
  const child = startTs('tools/reliability/fixtures/app-instance.ts', ['credit-risk'], {
    DATABASE_URL: db.url as string,
    ATLAS_HOME: db.atlasHome,
    ATLAS_ADMIN_TOKEN: TOKEN,
  });
  const [, port] = await child.waitFor(/listening (\d+)/, 180_000);
  const replica = { child, base: `http://127.0.0.1:${port}` };
  replicas.push(replica);
  return replica;
}

async function predictVia(base: string): Promise<string> {
  const res = await fetch(`${base}/api/predict`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  const json = (await res.json()) as { runId?: string };
  if (res.status !== 200) throw new Error(`predict via ${base}: ${res.status} ${JSON.stringify(json)}`);
  return json.runId as string;
}

describe('two replicas of credit-risk on one PostgreSQL', () => {
  it('a model promoted through one replica is served by the other', async () => {
    const first = await runTraining(trainer, { config: quick.configs[0], args: quick.args });
    const second = await runTraining(trainer, { config: quick.configs[0], args: quick.args, promote: 'never' });
    expect([first.status, first.promoted, second.status, second.promoted]).toEqual(['succeeded', true, 'succeeded', false]);

    const [a, b] = [await startReplica(), await startReplica()];
    expect(await predictVia(a.base)).toBe(first.runId);
    expect(await predictVia(b.base)).toBe(first.runId);

    const promoted = await fetch(`${a.base}/api/runs/${second.runId}/promote`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(promoted.status).toBe(200);
    const t0 = Date.now();
    let servedBy = '';
    while (Date.now() - t0 < 30_000) {
      servedBy = await predictVia(b.base);
      if (servedBy === second.runId) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(servedBy).toBe(second.runId);
    const switchMs = Date.now() - t0;
    expect(await predictVia(a.base)).toBe(second.runId);
    const health = (await (await fetch(`${b.base}/api/health`)).json()) as { activeModel: { id: string } | null };
    expect(health.activeModel?.id).toBe(second.runId);
    console.log(`[scale-out] the other replica served the promoted run ${switchMs} ms after the promote`);
  });
});
