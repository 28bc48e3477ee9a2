// The serving benchmark: each app's predict route under `next start`, loaded by autocannon from a
// second process at concurrency 1, 16 and 64; requests/s and p50/p99 latency of the 2xx answers, and
// whether every answered prediction reached the registry's log. Routes that batch with the coalescer
// run twice: batching on, and off (ATLAS_PREDICT_BATCHING=off).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOMAINS, ROOT, quietEnv, waitForOk } from '../lib/processes.mjs';
import { profileClockUs, summarizeProfile } from './profile.mjs';
import { loggedPredictions } from './registry-db.mjs';

export const CONCURRENCY = [1, 16, 64];
export const BODIES = JSON.parse(readFileSync(path.join(ROOT, 'tools/bench/predict-bodies.json'), 'utf8'));
const BENCH_PORT_BASE = 4100; // apart from the apps' own ports, which e2e runs may be using

/** Whether an app's source scores through timedPredictBatched (then it is measured with and without). */
export function usesCoalescer(app) {
  const walk = (dir) =>
    readdirSync(dir).some((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return walk(file);
      return /\.tsx?$/.test(name) && readFileSync(file, 'utf8').includes('timedPredictBatched(');
    });
  return ['src', 'app'].some((d) => existsSync(path.join(ROOT, 'apps', app, d)) && walk(path.join(ROOT, 'apps', app, d)));
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU seconds (user + system) a process has used so far, from /proc (null where there is none). */
function cpuSecondsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

function load(url, body, connections, seconds) {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'tools/bench/load-client.mjs'), JSON.stringify({ url, body, connections, seconds })], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').pop());
}

function startServer(app, port, env, nodeArgs = []) {
  // Through node itself, so that node flags (--cpu-prof, which NODE_OPTIONS refuses) reach the server.
  const next = path.join(ROOT, 'node_modules/next/dist/bin/next');
  const child = spawn(process.execPath, [...nodeArgs, next, 'start', '-p', String(port)], {
    cwd: path.join(ROOT, 'apps', app),
    env: quietEnv({ NODE_ENV: 'production', DATABASE_URL: '', ...env }),
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  return {
    child,
    stderr: () => stderr,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on('exit', resolve);
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          resolve();
        }
      }),
  };
}

async function probe(url, body) {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(60_000) });
    const text = await res.text();
    return { status: res.status, text: text.slice(0, 300) };
  } catch (err) {
    return { status: 0, text: err instanceof Error ? err.message : String(err) };
  }
}

function explain(status, text) {
  if (status === 404) return 'predict route not built yet (404)';
  if (status === 503 && text.includes('no_active_model')) return 'no trained model (503)';
  return `predict answered HTTP ${status}: ${text.replace(/\s+/g, ' ').slice(0, 120)}`;
}

/** One app, one batching mode: the figures at each concurrency, or `skipped` saying why. */
async function measureMode(app, port, { home, seconds, batching, log }) {
  const spec = BODIES[app];
  const server = startServer(app, port, { ATLAS_HOME: home, ATLAS_PREDICT_BATCHING: batching ? 'on' : 'off' });
  try {
    const health = await waitForOk(`http://localhost:${port}/api/health`, { timeoutMs: 90_000, isAlive: () => server.child.exitCode === null });
    if (!health.ok) return { skipped: `next start did not become healthy: ${health.last} ${server.stderr().slice(-200)}` };
    const url = `http://localhost:${port}${spec.route}`;
    const first = await probe(url, spec.body);
    if (first.status !== 200) return { skipped: explain(first.status, first.text) };
    await new Promise((r) => setTimeout(r, 1000)); // the probe's log row lands behind its answer
    const loggedBefore = loggedPredictions(home, app);
    let answered = 0;
    answered += load(url, spec.body, 16, Math.max(2, Math.round(seconds / 3))).requests; // warm-up: JIT, caches, the model
    const levels = [];
    for (const connections of CONCURRENCY) {
      // The server's CPU time per answer does not depend on what else runs on the machine, unlike
      // the wall-clock figures: it says what two idle cores could serve.
      const cpuBefore = cpuSecondsOf(server.child.pid);
      const r = load(url, spec.body, connections, seconds);
      const cpuAfter = cpuSecondsOf(server.child.pid);
      r.serverCpuMsPerRequest = cpuBefore !== null && cpuAfter !== null && r.requests > 0 ? ((cpuAfter - cpuBefore) * 1000) / r.requests : null;
      r.loadAverage = os.loadavg()[0];
      answered += r.requests;
      levels.push(r);
      log(`  ${app} batching ${batching ? 'on ' : 'off'} c=${String(connections).padStart(2)}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50Ms?.toFixed(2)} ms, p99 ${r.p99Ms?.toFixed(2)} ms, server cpu ${r.serverCpuMsPerRequest?.toFixed(2)} ms/request, load ${r.loadAverage.toFixed(1)}, non-2xx ${r.non2xx}, errors ${r.errors}`);
    }
    // Logs are written behind the answers: give them a moment, then count.
    let logged = 0;
    for (let i = 0; i < 20; i += 1) {
      logged = loggedPredictions(home, app) - loggedBefore;
      if (logged >= answered) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    return { levels, answered, logged };
  } finally {
    await server.stop();
  }
}

/** The route handler in-process (tools/bench/handler-load.ts): the app's own cost, without Next.js and HTTP. */
function measureInProcess(app, { home, seconds, batching }) {
  const spec = BODIES[app];
  const arg = JSON.stringify({ app, route: spec.route, body: spec.body, concurrency: CONCURRENCY, seconds });
  try {
    const out = execFileSync(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, 'tools/bench/handler-load.ts'), arg], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 16 * 1024 * 1024,
      env: quietEnv({ SWC_NODE_PROJECT: 'tsconfig.base.json', ATLAS_HOME: home, DATABASE_URL: '', ATLAS_PREDICT_BATCHING: batching ? 'on' : 'off' }),
    });
    return JSON.parse(out.trim().split('\n').pop());
  } catch (err) {
    const out = String(err.stdout ?? '').trim().split('\n').pop();
    return { error: out?.startsWith('{') ? JSON.parse(out).error : (err instanceof Error ? err.message : String(err)).split('\n')[0] };
  }
}

/** The server's CPU profile (node --cpu-prof) over a run at the highest concurrency: where the time goes. */
async function profileMode(app, port, { home, seconds, batching }) {
  const dir = path.join(ROOT, 'dist/bench/profiles', app);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const env = { ATLAS_HOME: home, ATLAS_PREDICT_BATCHING: batching ? 'on' : 'off' };
  const server = startServer(app, port, env, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  // Startup and warm-up are left out: only the samples of the measured load count.
  const window = { fromUs: 0, toUs: 0 };
  try {
    const health = await waitForOk(`http://localhost:${port}/api/health`, { timeoutMs: 90_000, isAlive: () => server.child.exitCode === null });
    if (!health.ok) return null;
    const url = `http://localhost:${port}${BODIES[app].route}`;
    load(url, BODIES[app].body, 16, 2);
    window.fromUs = profileClockUs();
    load(url, BODIES[app].body, CONCURRENCY.at(-1), seconds);
    window.toUs = profileClockUs();
  } finally {
    await server.stop();
  }
  // Should next start run the server in a child process, the largest profile is the server's.
  const profiles = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(dir, f));
  if (profiles.length === 0) return null;
  const biggest = profiles.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  return { concurrency: CONCURRENCY.at(-1), batching, ...summarizeProfile(biggest, window) };
}

export async function runServingBench({ home, seconds = 10, only = null, log = console.log } = {}) {
  const apps = [];
  for (const [i, d] of DOMAINS.entries()) {
    if (only && !only.includes(d.id)) continue;
    const spec = BODIES[d.id];
    const entry = { app: d.id, name: d.name, batched: usesCoalescer(d.id), modes: {} };
    apps.push(entry);
    if (!spec?.body) {
      entry.skipped = !existsSync(path.join(ROOT, 'apps', d.id, 'app', spec?.route ?? '/api/predict', 'route.ts'))
        ? 'predict route not built yet'
        : (spec?.note ?? 'no request body in tools/bench/predict-bodies.json yet');
      log(`  ${d.id}: ${entry.skipped}`);
      continue;
    }
    if (!existsSync(path.join(ROOT, 'apps', d.id, '.next', 'BUILD_ID'))) {
      entry.skipped = 'no production build';
      continue;
    }
    const modes = entry.batched ? [true, false] : [false];
    for (const batching of modes) {
      const result = await measureMode(d.id, BENCH_PORT_BASE + i, { home, seconds, batching, log });
      if (result.skipped) {
        entry.skipped = result.skipped;
        log(`  ${d.id}: ${result.skipped}`);
        break;
      }
      entry.modes[batching ? 'batched' : 'unbatched'] = result;
    }
    if (Object.keys(entry.modes).length > 0) {
      entry.inProcess = {};
      for (const batching of modes) {
        const r = measureInProcess(d.id, { home, seconds: Math.max(2, Math.round(seconds / 2)), batching });
        entry.inProcess[batching ? 'batched' : 'unbatched'] = r;
        log(`  ${d.id} in-process, batching ${batching ? 'on ' : 'off'}: ${r.error ?? r.levels.map((l) => `c=${l.connections} ${l.rps.toFixed(0)}/s ${l.cpuMsPerRequest.toFixed(2)} ms cpu`).join(', ')}`);
      }
      entry.profile = await profileMode(d.id, BENCH_PORT_BASE + i, { home, seconds: Math.max(3, Math.round(seconds / 2)), batching: entry.batched });
      if (entry.profile) log(`  ${d.id} profile at c=${entry.profile.concurrency}: ${entry.profile.parts.slice(0, 4).map((p) => `${p.part} ${p.share}%`).join(', ')}`);
    }
  }
  return { seconds, concurrency: CONCURRENCY, apps };
}
