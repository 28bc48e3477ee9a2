// Trains several domains at once (as many as the cores allow: a TensorFlow.js wasm job uses one core)
// and shows them as one board: a row per domain with its bar, state and latest line, redrawn in place
// on a terminal and printed as prefixed lines elsewhere (CI logs).
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Fraction done from a line of the train CLI's plain output: "40% ..." or "epoch 2/5 [##..] 120/300 ...". */
export function parseProgress(line) {
  const pct = /\]\s*(\d{1,3})%\s|(?:^|\s)(\d{1,3})%\s/.exec(line);
  if (pct) return Math.min(1, Number(pct[1] ?? pct[2]) / 100);
  const steps = /epoch \d+\/\d+ \[[#.]*\] (\d+)\/(\d+)/.exec(line);
  if (steps && Number(steps[2]) > 0) return Math.min(1, Number(steps[1]) / Number(steps[2]));
  return null;
}

function bar(fraction, width = 20) {
  const filled = Math.round(width * Math.max(0, Math.min(1, fraction)));
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}

function seconds(ms) {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/** The board: one line per domain, cut to the terminal width. */
export function renderBoard(rows, now = Date.now(), columns = 100) {
  const nameWidth = Math.max(...rows.map((r) => r.id.length));
  return rows.map((r) => {
    const time = r.startedAt ? seconds((r.endedAt ?? now) - r.startedAt) : '';
    const pct = r.state === 'done' ? 1 : r.fraction ?? 0;
    const text = `${r.id.padEnd(nameWidth)} ${bar(pct)} ${String(Math.round(pct * 100)).padStart(3)}% ${r.state.padEnd(7)} ${time.padStart(6)}  ${r.last ?? ''}`;
    return text.length > columns ? `${text.slice(0, columns - 1)}…` : text;
  });
}

/** `train` is each domain's default model; a domain may add a second task (nlp-chatbot's headline model). */
const DEFAULT_TARGETS = ['train', 'train-headlines'];
/**
 * A domain whose best configuration is not its default (vision-detect) names it in a `train-best`
 * target: the quality tests need it, `npm start` does not, so only jobs built with { best: true } run it.
 */
const BEST_TARGET = 'train-best';

/** The Nx targets an app declares (in package.json "nx" or project.json). */
function targetsOf(root, id) {
  for (const [file, pick] of [
    ['package.json', (j) => j.nx?.targets],
    ['project.json', (j) => j.targets],
  ]) {
    const p = path.join(root, 'apps', id, file);
    const targets = existsSync(p) ? pick(JSON.parse(readFileSync(p, 'utf8'))) : undefined;
    if (targets) return Object.keys(targets);
  }
  return [];
}

/** Domains whose app has a `train` target. */
export function trainableDomains(root, domains) {
  return domains.filter((d) => targetsOf(root, d.id).includes('train'));
}

/**
 * One job per domain (its default models, skipped when the domain has an active model) and, with
 * best, one per `train-best` target (skipped per configuration already trained on the real data).
 * The best jobs come first: they are the longest, so the others fill the remaining cores around them.
 */
export function trainJobs(root, domains, { best = false } = {}) {
  const jobs = [];
  for (const d of trainableDomains(root, domains)) {
    const targets = targetsOf(root, d.id);
    if (best && targets.includes(BEST_TARGET)) jobs.unshift({ id: `${d.id}-best`, project: d.id, targets: [BEST_TARGET], args: '--skip-if-trained' });
    jobs.push({ id: d.id, project: d.id, targets: DEFAULT_TARGETS.filter((t) => targets.includes(t)), args: '--skip-if-active' });
  }
  return jobs;
}

export function defaultParallelism(count) {
  const fromEnv = Number(process.env.ATLAS_TRAIN_PARALLEL);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return Math.min(count, fromEnv);
  return Math.max(1, Math.min(count, os.availableParallelism?.() ?? os.cpus().length));
}

/**
 * Runs the jobs (trainJobs), `parallel` at a time, with the board on `out`. Full output of each goes
 * to <logDir>/train-<id>.log. Resolves with one result per job: { id, state: 'done' | 'skipped' |
 * 'failed', seconds, last }.
 */
export async function trainWithBoard({ root, jobs, env, logDir, parallel = defaultParallelism(jobs.length), out = process.stdout }) {
  const rows = jobs.map((j) => ({ ...j, state: 'waiting', fraction: 0, last: '' }));
  const tty = out.isTTY === true;
  let drawn = 0;
  const draw = () => {
    if (!tty) return;
    const lines = renderBoard(rows, Date.now(), out.columns ?? 100);
    out.write(`${drawn ? `\x1b[${drawn}F` : ''}${lines.map((l) => `\x1b[2K${l}`).join('\n')}\n`);
    drawn = lines.length;
  };
  const say = (row, text) => {
    row.last = text;
    if (!tty) out.write(`[train ${row.id}] ${text}\n`);
  };
  const timer = tty ? setInterval(draw, 250) : null;

  const runOne = (row) =>
    new Promise((resolve) => {
      row.state = 'running';
      row.startedAt = Date.now();
      const log = createWriteStream(path.join(logDir, `train-${row.id}.log`));
      const child = spawn('npx', ['nx', 'run-many', '-t', ...row.targets, `--projects=${row.project}`, '--parallel=1', '--outputStyle=stream', `--args=${row.args}`], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const onData = (chunk) => {
        log.write(chunk);
        for (const raw of chunk.toString().split(/\r?\n|\r/)) {
          // Nx prefixes streamed lines with the project name; the train CLI prefixes its own label.
          // eslint-disable-next-line no-control-regex -- ANSI colour codes are stripped on purpose
          const line = raw.replace(/\x1b\[[0-9;]*m/g, '').replace(/^[\w-]+(:train)?:\s+/, '').trim();
          if (!line || line.startsWith('>') || /^NX\s/.test(line)) continue;
          if (/already has an active model|already has a succeeded .* run on the real data/.test(line)) row.state = 'skip';
          const f = parseProgress(line);
          if (f !== null) row.fraction = Math.max(row.fraction, f);
          say(row, line.replace(/^\[[^\]]+\]\s*/, ''));
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => {
        log.end();
        row.endedAt = Date.now();
        row.state = code === 0 ? (row.state === 'skip' ? 'skipped' : 'done') : 'failed';
        if (code !== 0) say(row, `exit ${code}; see ${path.relative(root, path.join(logDir, `train-${row.id}.log`))}`);
        resolve({ id: row.id, state: row.state, seconds: (row.endedAt - row.startedAt) / 1000, last: row.last });
      });
    });

  const results = [];
  const queue = [...rows];
  await Promise.all(
    Array.from({ length: Math.max(1, parallel) }, async () => {
      while (queue.length > 0) results.push(await runOne(queue.shift()));
    }),
  );
  if (timer) clearInterval(timer);
  draw();
  return jobs.map((j) => results.find((r) => r.id === j.id));
}
