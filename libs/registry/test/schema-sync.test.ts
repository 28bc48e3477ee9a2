// Guards against forgetting a step after editing prisma/schema.prisma: the PostgreSQL copy must be
// re-derived, and each provider's migrations must still produce exactly its schema.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runPrismaCli } from '../src/migrate';
import { testPostgresUrl } from './databases';

const lib = path.resolve(__dirname, '..');

describe('schema and migrations', () => {
  it('has prisma/postgresql/schema.prisma derived from the current schema.prisma', () => {
    // Throws (exit 1) with the command to run when stale.
    execFileSync(process.execPath, [path.join(lib, 'scripts/derive-postgres-schema.mjs'), '--check'], { stdio: 'pipe' });
  });

  it('locks each migration history to its provider', () => {
    expect(fs.readFileSync(path.join(lib, 'prisma/migrations/migration_lock.toml'), 'utf8')).toMatch(/provider = "sqlite"/);
    expect(fs.readFileSync(path.join(lib, 'prisma/postgresql/migrations/migration_lock.toml'), 'utf8')).toMatch(/provider = "postgresql"/);
  });

  it.each([
    ['sqlite', 'prisma/migrations', 'prisma/schema.prisma', () => 'file::memory:'],
    ['postgresql', 'prisma/postgresql/migrations', 'prisma/postgresql/schema.prisma', testPostgresUrl],
  ])('replays the %s migrations into exactly the schema', async (_provider, migrations, schema, url) => {
    // --exit-code: 0 when the migrations and the schema agree, 2 when a migration is missing.
    const { code, output } = await runPrismaCli(['migrate', 'diff', '--from-migrations', migrations, '--to-schema-datamodel', schema, '--exit-code'], url());
    if (code !== 0) throw new Error(`migrations out of date with ${schema} (see libs/registry/README.md, "Changing the schema"):\n${output}`);
    expect(output).toMatch(/No difference detected/);
  });
});
