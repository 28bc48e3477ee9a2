// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma.
// Why: Prisma rejects `provider = env(...)` and one generated client cannot speak both SQLite and
// PostgreSQL, so the PostgreSQL schema is a copy of the SQLite one with only the datasource provider
// and the client output folder changed. A test fails when the committed copy is stale.
// Usage: node libs/registry/scripts/derive-postgres-schema.mjs [--check]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const libDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SQLITE_SCHEMA = path.join(libDir, 'prisma/schema.prisma');
export const POSTGRES_SCHEMA = path.join(libDir, 'prisma/postgresql/schema.prisma');

const HEADER = '// GENERATED from ../schema.prisma by scripts/derive-postgres-schema.mjs: do not edit by hand.\n';

/** The PostgreSQL schema text for a given SQLite schema text. */
export function derivePostgresSchema(sqliteText) {
  const replace = (text, pattern, replacement, what) => {
    if (!pattern.test(text)) throw new Error(`schema.prisma: cannot find the ${what} line to rewrite`);
    return text.replace(pattern, replacement);
  };
  let out = replace(sqliteText, /^(\s*provider\s*=\s*)"sqlite"/m, '$1"postgresql"', 'datasource provider');
  out = replace(out, /^(\s*output\s*=\s*)"\.\.\/src\/generated\/sqlite"/m, '$1"../../src/generated/postgresql"', 'generator output');
  return HEADER + out;
}

export function expectedPostgresSchema() {
  return derivePostgresSchema(fs.readFileSync(SQLITE_SCHEMA, 'utf8'));
}

function main() {
  const expected = expectedPostgresSchema();
  const current = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, 'utf8') : null;
  if (process.argv.includes('--check')) {
    if (current !== expected) {
      console.error('prisma/postgresql/schema.prisma is stale: run node libs/registry/scripts/derive-postgres-schema.mjs');
      process.exit(1);
    }
    console.log('prisma/postgresql/schema.prisma is up to date');
    return;
  }
  if (current === expected) return console.log('prisma/postgresql/schema.prisma already up to date');
  fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
  fs.writeFileSync(POSTGRES_SCHEMA, expected);
  console.log('wrote prisma/postgresql/schema.prisma');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
