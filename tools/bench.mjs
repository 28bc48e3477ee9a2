#!/usr/bin/env node
// `npm run bench [-- <suite> ...] [-- options]`: runs the benchmark suites and prints their figures.
// Suites: model-core (training and inference per backend), data (loading, cleaning, streaming memory).
import { ROOT, quietEnv, run } from './lib/processes.mjs';

const SUITES = { 'model-core': 'bench:model-core', data: 'bench:data' };
const args = process.argv.slice(2);
const named = args.filter((a) => a in SUITES);
const options = args.filter((a) => !(a in SUITES));
const unknown = options.filter((a) => !a.startsWith('-'));
if (unknown.length > 0) {
  console.error(`Unknown benchmark suite: ${unknown.join(', ')}. Suites: ${Object.keys(SUITES).join(', ')}`);
  process.exit(2);
}

for (const suite of named.length > 0 ? named : Object.keys(SUITES)) {
  console.log(`\n=== ${suite}`);
  await run('npm', ['run', '--silent', SUITES[suite], ...(options.length ? ['--', ...options] : [])], { cwd: ROOT, env: quietEnv() });
}
