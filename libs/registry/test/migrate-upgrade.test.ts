// A database left at the first migration (init only: runs, predictions, feedback) upgrades to the
// current schema with its rows intact, on both providers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConversation, databaseConfig, disconnectPrisma, getPrisma, listFeedback, listPredictions, listRuns, migrate, saveInteraction } from '../src';
import { runPrismaCli } from '../src/migrate';
import { PROVIDERS, useFreshDatabase, type TestDatabase } from './databases';

const lib = path.resolve(__dirname, '..');

function migrationsOf(provider: string): string {
  return path.join(lib, provider === 'sqlite' ? 'prisma/migrations' : 'prisma/postgresql/migrations');
}

function committed(provider: string): string[] {
  return fs.readdirSync(migrationsOf(provider)).filter((n) => /^\d{14}_/.test(n)).sort();
}

/** Applies only the first committed migration, through the stock CLI and a copy of the history. */
async function deployFirstMigration(provider: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-registry-first-'));
  const source = migrationsOf(provider);
  const first = committed(provider)[0];
  fs.cpSync(path.join(source, first), path.join(dir, 'migrations', first), { recursive: true });
  fs.copyFileSync(path.join(source, 'migration_lock.toml'), path.join(dir, 'migrations', 'migration_lock.toml'));
  fs.copyFileSync(path.join(source, '..', 'schema.prisma'), path.join(dir, 'schema.prisma'));
  try {
    const { code, output } = await runPrismaCli(['migrate', 'deploy', '--schema', path.join(dir, 'schema.prisma')], databaseConfig().url, {
      doneWhen: /All migrations have been successfully applied\./,
    });
    if (code !== 0) throw new Error(output);
    return first;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(PROVIDERS)('upgrading from the first migration on %s', (provider) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await useFreshDatabase(provider);
    fs.mkdirSync(db.atlasHome, { recursive: true });
  });
  afterAll(() => db.drop());

  it('applies the later migrations and keeps the rows', async () => {
    expect(committed(provider).length).toBeGreaterThan(1);
    const first = await deployFirstMigration(provider);
    expect(first).toMatch(/_init$/);

    // Rows as an install at the first migration wrote them (raw SQL: today's client knows more tables).
    const prisma = getPrisma();
    await prisma.$executeRawUnsafe(
      `INSERT INTO "ModelRun" ("id","domain","modelKind","config","params","backend","status","startedAt","active") VALUES ('run1','credit-risk','logreg','default','{"l2":0.01}','cpu','succeeded',CURRENT_TIMESTAMP,true)`,
    );
    await prisma.$executeRawUnsafe(
      `INSERT INTO "Prediction" ("id","runId","domain","inputHash","redactedInput","output","latencyMs","createdAt") VALUES ('p1','run1','credit-risk','h','{"age":41}','{"label":"good"}',0.5,CURRENT_TIMESTAMP)`,
    );
    await prisma.$executeRawUnsafe(`INSERT INTO "Feedback" ("id","predictionId","rating","createdAt") VALUES ('f1','p1',1,CURRENT_TIMESTAMP)`);
    await disconnectPrisma();

    const result = await migrate({ quiet: true });
    expect(result.applied).toEqual(committed(provider).slice(1));

    const [run] = await listRuns('credit-risk');
    expect(run).toMatchObject({ id: 'run1', params: { l2: 0.01 }, status: 'succeeded', active: true });
    const [prediction] = await listPredictions('run1');
    expect(prediction).toMatchObject({ id: 'p1', redactedInput: { age: 41 }, output: { label: 'good' }, latencyMs: 0.5 });
    expect(await listFeedback('p1')).toEqual([expect.objectContaining({ id: 'f1', rating: 1 })]);
    // The new tables are there.
    await expect(createConversation({ domain: 'nlp-chatbot' })).resolves.toMatchObject({ domain: 'nlp-chatbot' });
    await expect(saveInteraction({ domain: 'recommender', userKey: 'u', itemKey: 'i', value: 1 })).resolves.toMatchObject({ value: 1 });
    expect((await migrate({ quiet: true })).applied).toEqual([]);
  });
});
