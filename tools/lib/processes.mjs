// Small helpers the workspace scripts share: run a command, start a service, wait for a URL.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultParallelism, trainableDomains, trainJobs, trainWithBoard } from './train-progress.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DOMAINS = JSON.parse(readFileSync(path.join(ROOT, 'libs/ui/src/domains.json'), 'utf8'));

/** The environment every script hands to its children: no telemetry, no cloud, no daemon. */
export function quietEnv(extra = {}) {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', ...extra };
}

/** Runs a command with inherited output; resolves on exit 0, rejects with the command named. */
export function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', cwd: ROOT, env: quietEnv(), ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** Polls a URL until it answers 200 or the deadline passes; returns the last status or error. */
export async function waitForOk(url, { timeoutMs = 120_000, intervalMs = 500, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (!isAlive()) return { ok: false, last: 'process exited' };
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return { ok: true, body: await res.json().catch(() => null) };
      last = `HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return { ok: false, last };
}

const { missingExternals } = createRequire(import.meta.url)('./build-externals.cjs');

/** Fails when an app's build output lacks the links its server-external packages load through. */
export function assertBuildsWhole() {
  for (const d of DOMAINS) {
    const missing = missingExternals(path.join(ROOT, 'apps', d.id, '.next'));
    if (missing.length > 0) {
      throw new Error(`The build of ${d.id} cannot load ${missing.join(', ')} (links under apps/${d.id}/.next/node_modules are missing). Rebuild it: rm -rf apps/${d.id}/.next && npx nx run ${d.id}:build`);
    }
  }
}

/**
 * Trains the default configuration of each domain app that has a train target and no active model,
 * several domains at once where the cores allow, on one combined progress board. With best, also each
 * domain's `train-best` configuration (the quality tests check it). Rejects naming the jobs that
 * failed (their full output is in <logDir>/train-<id>.log).
 */
export async function trainMissingModels(env, { logDir = path.join(ROOT, 'dist', 'train-logs'), parallel, best = false } = {}) {
  mkdirSync(logDir, { recursive: true });
  const domains = trainableDomains(ROOT, DOMAINS);
  const skippedNoTarget = DOMAINS.filter((d) => !domains.includes(d)).map((d) => d.id);
  if (skippedNoTarget.length > 0) console.log(`  (no train target yet: ${skippedNoTarget.join(', ')})`);
  const jobs = trainJobs(ROOT, DOMAINS, { best });
  const par = parallel ?? defaultParallelism(jobs.length);
  console.log(`  ${domains.length} domains, ${jobs.length} jobs, ${par} at a time`);
  const results = await trainWithBoard({ root: ROOT, jobs, env, logDir, parallel: par });
  const failed = results.filter((r) => r.state === 'failed');
  if (failed.length > 0) throw new Error(`training failed for ${failed.map((f) => `${f.id} (${f.last})`).join(', ')}`);
  return results;
}
