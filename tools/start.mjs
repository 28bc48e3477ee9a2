#!/usr/bin/env node
// `npm start`: migrate the registry, fetch the datasets the catalog needs, train every domain without
// an active model (in parallel, one progress board), build the apps, start them in production mode,
// wait until each answers /api/health, print where they are and how long it took, and stop them all
// on Ctrl-C.
// `npm run dev` (--dev): the same with `next dev` and no build.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOMAINS, ROOT, assertBuildsWhole, quietEnv, run, trainMissingModels, waitForOk } from './lib/processes.mjs';

const dev = process.argv.includes('--dev');
const atlasHome = path.resolve(ROOT, process.env.ATLAS_HOME ?? '.atlas');
const logDir = path.join(atlasHome, 'logs');
const children = [];
const timings = { training: [] };

function stopAll(code) {
  for (const c of children) if (c.exitCode === null) { try { process.kill(-c.pid, 'SIGTERM'); } catch { /* already gone */ } }
  process.exit(code);
}
process.on('SIGINT', () => { console.log('\nStopping the apps...'); stopAll(0); });
process.on('SIGTERM', () => stopAll(0));

function baseUrl(d) {
  return (process.env[d.urlEnv]?.trim() || `http://localhost:${d.defaultPort}`).replace(/\/+$/, '');
}

function startApp(d) {
  const logFile = path.join(logDir, `${d.id}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const nextBin = path.join(ROOT, 'node_modules/.bin/next');
  const child = spawn(nextBin, [dev ? 'dev' : 'start', '-p', String(d.defaultPort)], {
    cwd: path.join(ROOT, 'apps', d.id),
    env: quietEnv({ ATLAS_HOME: atlasHome, NODE_ENV: dev ? 'development' : 'production' }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so Ctrl-C stops next's workers too
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  children.push(child);
  return { d, child, logFile };
}

async function main() {
  mkdirSync(logDir, { recursive: true });
  const t0 = Date.now();
  console.log(`Atlas home: ${atlasHome}`);
  const step = (n, text) => console.log(`${n}/5 ${text} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  step(1, 'Applying database migrations');
  await run('npm', ['run', '--silent', 'migrate', '-w', '@atlas/registry'], { env: quietEnv({ ATLAS_HOME: atlasHome }) });
  step(2, 'Fetching the datasets the catalog needs');
  // A dataset that cannot be fetched is reported by the training step of its domain, with the fix.
  await run('npm', ['run', '--silent', 'data', '--', 'fetch', '--all'], { env: quietEnv({ ATLAS_HOME: atlasHome }) }).catch((err) =>
    console.warn(`  some datasets could not be fetched (${err.message}); their domains say so below`),
  );
  step(3, 'Training the default model of every domain that has none yet');
  // A domain whose training fails is still served: its pages and Compare say what is missing.
  timings.training = await trainMissingModels(quietEnv({ ATLAS_HOME: atlasHome }), { logDir }).catch((err) => {
    console.warn(`  ${err.message}; serving the apps anyway`);
    return [];
  });
  if (!dev) {
    step(4, `Building the ${DOMAINS.length} apps`);
    await run('npx', ['nx', 'run-many', '-t', 'build', '--projects=tag:type:app', '--parallel=2', '--outputStyle=stream']);
    assertBuildsWhole();
  } else {
    step(4, 'Dev mode: apps compile on first request');
  }
  step(5, `Starting the apps (logs in ${path.relative(ROOT, logDir) || logDir})`);
  const started = DOMAINS.map(startApp);
  const results = await Promise.all(
    started.map(async (s) => {
      const r = await waitForOk(`http://localhost:${s.d.defaultPort}/api/health`, {
        timeoutMs: dev ? 300_000 : 120_000,
        isAlive: () => s.child.exitCode === null,
      });
      console.log(`  ${r.ok ? 'up  ' : 'FAIL'} ${s.d.name}${r.ok ? '' : `: ${r.last}`}`);
      return { ...s, ...r };
    }),
  );
  const rows = results.map((r) => ({
    app: r.d.name,
    url: baseUrl(r.d),
    status: r.ok ? 'healthy' : 'FAILED',
    backend: r.body?.tfBackend ?? '-',
    model: r.body ? (r.body.activeModel ? r.body.activeModel.id : 'none yet') : '-',
  }));
  console.table(rows);
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) {
    for (const f of failed) {
      const tail = readFileSync(f.logFile, 'utf8').split('\n').slice(-20).join('\n');
      console.error(`\n${f.d.name} did not come up (${f.last}). Last lines of ${f.logFile}:\n${tail}`);
    }
    stopAll(1);
  }
  const upSeconds = (Date.now() - t0) / 1000;
  console.log(`All ${DOMAINS.length} apps are up after ${upSeconds.toFixed(0)} s. Press Ctrl-C to stop them.`);
  // For measuring clone-to-live: the whole run's timings, next to the logs.
  writeFileSync(path.join(logDir, 'start-timings.json'), JSON.stringify({ finishedAt: new Date().toISOString(), upSeconds, training: timings.training }, null, 2));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  stopAll(1);
});
