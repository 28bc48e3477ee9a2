// Generates the two Prisma clients (SQLite and PostgreSQL) into src/generated/. Runs at the root
// `postinstall`, so it must be offline and quick, and it never fails an install: it explains instead.
//
// Why a script rather than a bare `prisma generate`: the CLI decides whether it needs a native engine
// from the schema, and it can read the schema only when DATABASE_URL is set and matches the provider.
// Without that it falls back to downloading a query-engine binary from a server that is unreachable
// on some machines. So each schema gets a placeholder URL of its own kind (never connected to), and
// PRISMA_QUERY_ENGINE_LIBRARY names an existing file (this script; the CLI only checks that it exists,
// the "client" engine never loads it) so that an invalid schema reports its error instead of a failed
// download.
// Usage: node libs/registry/scripts/generate.mjs [--force]
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { POSTGRES_SCHEMA, expectedPostgresSchema } from './derive-postgres-schema.mjs';

const libDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const lenient = process.env.npm_lifecycle_event === 'postinstall';
const force = process.argv.includes('--force');

const TARGETS = [
  { name: 'SQLite', schema: 'prisma/schema.prisma', out: 'src/generated/sqlite', url: 'file::memory:' },
  { name: 'PostgreSQL', schema: 'prisma/postgresql/schema.prisma', out: 'src/generated/postgresql', url: 'postgresql://placeholder@localhost:5432/placeholder' },
];

function fail(message) {
  console.error(`\n@atlas/registry: ${message}`);
  console.error('The apps need these clients; fix the cause, then run: npm run generate -w @atlas/registry\n');
  process.exit(lenient ? 0 : 1);
}

function versions() {
  return ['prisma', '@prisma/client'].map((p) => `${p}@${require(`${p}/package.json`).version}`).join(' ');
}

/** Changes when the schema or the Prisma version does, so that an unchanged install skips the work. */
function stampFor(target, prismaVersions) {
  const schema = fs.readFileSync(path.join(libDir, target.schema), 'utf8');
  return createHash('sha256').update(`${prismaVersions}\n${schema}`).digest('hex');
}

function generate(target, cli) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'generate', '--schema', target.schema, '--config', 'prisma.config.ts'], {
      cwd: libDir,
      env: {
        ...process.env,
        DATABASE_URL: target.url,
        PRISMA_QUERY_ENGINE_LIBRARY: fileURLToPath(import.meta.url),
        CHECKPOINT_DISABLE: '1',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('error', (err) => resolve({ code: 1, output: err.message }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function main() {
  let cli, prismaVersions;
  try {
    cli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
    prismaVersions = versions();
  } catch {
    return fail('the prisma and @prisma/client packages are not installed, so no client was generated.');
  }
  if (fs.readFileSync(POSTGRES_SCHEMA, 'utf8') !== expectedPostgresSchema()) {
    console.warn('@atlas/registry: prisma/postgresql/schema.prisma is stale; run node libs/registry/scripts/derive-postgres-schema.mjs');
  }
  const started = Date.now();
  const todo = TARGETS.filter((t) => {
    const stampFile = path.join(libDir, t.out, '.schema-stamp');
    const fresh = fs.existsSync(path.join(libDir, t.out, 'client.ts')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stampFor(t, prismaVersions);
    return force || !fresh;
  });
  if (todo.length === 0) return console.log('@atlas/registry: Prisma clients up to date');
  const results = await Promise.all(todo.map((t) => generate(t, cli)));
  const failed = todo.filter((_, i) => results[i].code !== 0);
  for (const t of failed) {
    const output = results[todo.indexOf(t)].output.trim().split('\n').slice(-12).join('\n');
    console.error(`@atlas/registry: prisma generate failed for the ${t.name} schema (${t.schema}):\n${output}`);
  }
  if (failed.length) return fail(`could not generate the ${failed.map((t) => t.name).join(' and ')} client.`);
  for (const t of todo) fs.writeFileSync(path.join(libDir, t.out, '.schema-stamp'), stampFor(t, prismaVersions));
  console.log(`@atlas/registry: generated the ${todo.map((t) => t.name).join(' and ')} Prisma clients in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err) => fail(`client generation crashed: ${err instanceof Error ? err.message : String(err)}`));
