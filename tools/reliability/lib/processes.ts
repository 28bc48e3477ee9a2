// Child processes for the suites: TypeScript entry points run through @swc-node/register from the
// repo root (as the train CLI and the training workers are), with their output collected.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './apps';

export interface Child {
  process: ChildProcess;
  /** stdout and stderr so far. */
  output: () => string;
  /** Resolves with the exit code or signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when the output matches `pattern` (or rejects when the process exits first). */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
}

export function startTs(entry: string, args: string[], env: NodeJS.ProcessEnv = {}): Child {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.resolve(ROOT, entry), ...args], {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: path.join(ROOT, 'tsconfig.base.json'), FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const watchers = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d.toString();
    for (const w of watchers) w();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const waitFor = (pattern: RegExp, timeoutMs = 300_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`no ${pattern} in ${timeoutMs} ms; output:\n${out.slice(-2000)}`)), timeoutMs);
      const check = () => {
        const m = out.match(pattern);
        if (m) done(null, m);
      };
      const done = (err: Error | null, m?: RegExpMatchArray) => {
        clearTimeout(timer);
        watchers.delete(check);
        if (err) reject(err);
        else resolve(m as RegExpMatchArray);
      };
      watchers.add(check);
      void exited.then(() => {
        check();
        done(new Error(`the process exited before ${pattern}; output:\n${out.slice(-2000)}`));
      });
      check();
    });
  return { process: child, output: () => out, exited, waitFor };
}

/** kill -9 and wait for the exit. */
export async function killHard(child: Child): Promise<void> {
  if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
  await child.exited;
}
