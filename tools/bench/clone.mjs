// From a fresh clone to five live demos: git clone of HEAD into a temporary folder, npm ci, then
// `npm start` in the clone until it prints that every app is up (it migrates, trains the default
// models, builds the five apps and starts them); each phase timed. The clone is removed afterwards.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, quietEnv } from '../lib/processes.mjs';

function timedRun(name, cmd, args, cwd, log) {
  const started = performance.now();
  log(`  clone: ${name}`);
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: quietEnv() });
  return { name, seconds: (performance.now() - started) / 1000 };
}

/** Runs `npm start` until all five apps are healthy (its table), then stops it. */
function startUntilLive(dir, log) {
  const started = performance.now();
  log('  clone: npm start (migrate, train, build, start)');
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['start'], { cwd: dir, env: quietEnv({ ATLAS_HOME: path.join(dir, '.atlas') }), detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (/All five apps are up/.test(out)) finish(null);
      else if (/\bFAIL\b/.test(out)) finish(new Error(`an app did not start: ${out.split('\n').filter((l) => /\bFAIL\b/.test(l)).join('; ')}`));
    });
    child.on('exit', (code) => finish(new Error(`npm start exited with ${code}`)));
    let done = false;
    function finish(error) {
      if (done) return;
      done = true;
      const seconds = (performance.now() - started) / 1000;
      try {
        process.kill(-child.pid, 'SIGINT');
      } catch {
        /* already gone */
      }
      if (error) reject(error);
      else resolve({ name: 'npm start until five apps answer /api/health', seconds });
    }
  });
}

export async function runCloneBench({ log = console.log } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-clone-'));
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    const phases = [];
    phases.push(timedRun('git clone', 'git', ['clone', '--quiet', '--no-local', ROOT, dir], os.tmpdir(), log));
    phases.push(timedRun('npm ci', 'npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], dir, log));
    phases.push(await startUntilLive(dir, log));
    return { commit, measuredAt: new Date().toISOString(), phases };
  } catch (err) {
    return { commit, measuredAt: new Date().toISOString(), error: err instanceof Error ? err.message : String(err) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
