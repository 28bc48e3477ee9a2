// `npm run migration:new -w @atlas/registry -- <name>`: after editing prisma/schema.prisma, writes the
// next migration for both providers (same folder name in prisma/migrations and
// prisma/postgresql/migrations), re-derives the PostgreSQL schema and regenerates the clients.
// Why a script: `prisma migrate dev` does not work with the JavaScript schema engine (it fails on its
// shadow database), while `prisma migrate diff --from-migrations` does. PostgreSQL's diff replays the
// history into a scratch database, so it needs a server: ATLAS_MIGRATION_POSTGRES_URL, or a throwaway
// one started here. Run with @swc-node/register preloaded (the package script does) to load src/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const libDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { runPrismaCli } = require('../src/migrate.ts');
const { startThrowawayPostgres } = require('./throwaway-postgres.cjs');

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run migration:new -w @atlas/registry -- <name in snake_case>');
  process.exit(1);
}

async function diff(migrations, schema, url) {
  const { code, output } = await runPrismaCli(['migrate', 'diff', '--from-migrations', migrations, '--to-schema-datamodel', schema, '--script'], url);
  if (code !== 0) throw new Error(`prisma migrate diff failed for ${schema}:\n${output}`);
  // stdout and stderr arrive together: keep the SQL, drop the CLI's banner line.
  return output.split('\n').filter((l) => !/^Loaded Prisma config/.test(l)).join('\n').trim();
}

const isEmpty = (sql) => !sql || /^-- This is an empty migration\.?$/.test(sql);

async function main() {
  execFileSync(process.execPath, [path.join(libDir, 'scripts/derive-postgres-schema.mjs')], { stdio: 'inherit' });
  const sqliteSql = await diff('prisma/migrations', 'prisma/schema.prisma', 'file::memory:');
  let server = null;
  let pgUrl = process.env.ATLAS_MIGRATION_POSTGRES_URL;
  try {
    if (!pgUrl) {
      server = await startThrowawayPostgres({ database: 'atlas_migrations' });
      pgUrl = server.url;
    }
    const postgresSql = await diff('prisma/postgresql/migrations', 'prisma/postgresql/schema.prisma', pgUrl);
    if (isEmpty(sqliteSql) && isEmpty(postgresSql)) return console.log('schema.prisma matches the migrations: nothing to write');
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    for (const [dir, sql] of [['prisma/migrations', sqliteSql], ['prisma/postgresql/migrations', postgresSql]]) {
      const folder = path.join(libDir, dir, `${stamp}_${name}`);
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, 'migration.sql'), `${sql}\n`);
      console.log(`wrote ${path.relative(libDir, folder)}/migration.sql`);
    }
    execFileSync(process.execPath, [path.join(libDir, 'scripts/generate.mjs'), '--force'], { stdio: 'inherit' });
    console.log('Review both files, then apply them: npm run db:migrate');
  } finally {
    server?.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
