#!/usr/bin/env node
// `npm test`: system programs, then lint (with module boundaries), type-check, the default models,
// every Jest suite (the registry's on SQLite and PostgreSQL), the app builds, each app's Playwright suite
// and the cross-app one.
// Test state lives in dist/test-home, never in the user's .atlas.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, assertBuildsWhole, quietEnv, run, trainMissingModels } from './lib/processes.mjs';
import { ensureSystemPrograms } from './lib/system.mjs';

const atlasHome = path.join(ROOT, 'dist', 'test-home');
// --long runs the reliability suites (fuzz, crash, concurrency) at full size instead of CI size.
const env = quietEnv({ ATLAS_HOME: atlasHome, CI: process.env.CI ?? '', ATLAS_TEST_LONG: process.argv.includes('--long') ? '1' : '' });
const nx = (...args) => run('npx', ['nx', 'run-many', ...args, '--outputStyle=stream'], { env });

const steps = [
  ['System programs', async () => ensureSystemPrograms()],
  ['Lint and type-check', () => nx('-t', 'lint', 'typecheck', '--parallel=2')],
  // Default models first: quality tests and browser tests read them from the test home instead of
  // training the same configuration twice.
  ['Test database', () => run('npm', ['run', '--silent', 'migrate', '-w', '@atlas/registry'], { env })],
  ['Train the default models (and the best detector)', () => trainMissingModels(env, { best: true })],
  ['Unit and integration tests', () => nx('-t', 'test', '--parallel=2')],
  ['Build the apps', async () => {
    await nx('-t', 'build', '--projects=tag:type:app', '--parallel=2');
    assertBuildsWhole();
  }],
  ['Browser tests', () => nx('-t', 'e2e', '--projects=tag:type:app', '--parallel=1')],
  // Compare with all five cards, the guided tour across the apps, a two-team workshop.
  ['Cross-app browser tests', () => run('npx', ['nx', 'run', 'e2e-cross:e2e', '--outputStyle=stream'], { env })],
];

async function main() {
  rmSync(atlasHome, { recursive: true, force: true });
  const times = [];
  for (const [name, step] of steps) {
    console.log(`\n=== ${name}`);
    const t0 = Date.now();
    await step();
    times.push([name, ((Date.now() - t0) / 1000).toFixed(1)]);
  }
  console.log('\nAll test steps passed:');
  for (const [name, s] of times) console.log(`  ${name.padEnd(28)} ${s} s`);
}

main().catch((err) => {
  console.error(`\nnpm test failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
