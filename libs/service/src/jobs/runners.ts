// How a training job runs. The job manager takes any JobRunner: `forkRunner` (a child process, the
// default: serving never waits on training, a crash or an out-of-memory kill stays in the child, and
// the child picks its own TensorFlow.js backend) or `inlineRunner` (this process; tests and scripts).
import { fork } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { repoRoot } from '@atlas/registry';
import { runTraining } from '../training/run-training';
import { emptyOutcome, type DomainTrainer, type TrainingJobEvent, type TrainingOutcome, type TrainingRequest } from '../training/types';
import { isWorkerMessage, type ParentMessage } from './worker-protocol';

export interface JobRunnerIo {
  onEvent: (event: TrainingJobEvent) => void;
  /** Aborted to cancel the job. */
  signal: AbortSignal;
}

export type JobRunner = (request: TrainingRequest & { runId: string }, io: JobRunnerIo) => Promise<TrainingOutcome>;

export function inlineRunner<D, P>(trainer: DomainTrainer<D, P>): JobRunner {
  return (request, io) => runTraining(trainer, request, { onEvent: io.onEvent, signal: io.signal });
}

export interface ForkRunnerOptions {
  /** The app's module exporting `trainer`; relative paths are taken from the repo root. */
  trainerModule: string;
  /** After a cancel, the worker is killed if it has not stopped within this time. Default 10 s. */
  cancelGraceMs?: number;
  /** Extra environment for the worker (e.g. { ATLAS_TF_BACKEND: 'wasm' }). */
  env?: Record<string, string>;
  /** The worker entry; default: this library's jobs/worker-main.ts. */
  workerEntry?: string;
}

/** TensorFlow.js prints an advert for its native backend in every process; it is not news to a user. */
const TFJS_BANNER = /^=+$|looks like you are running TensorFlow\.js in Node\.js/;

function failedOutcome(request: TrainingRequest & { runId: string }, status: 'failed' | 'cancelled', error: string): TrainingOutcome {
  return emptyOutcome(request.runId, request.config ?? '', status, error);
}

/**
 * Runs each job in `node -r @swc-node/register <worker-main.ts>`, forked with an IPC channel, cwd
 * the repo root. The paths are computed at run time from the repo root because Next.js bundles route
 * code: a path relative to this file would point into the bundle, not to the source.
 */
export function forkRunner(options: ForkRunnerOptions): JobRunner {
  return (request, io) =>
    new Promise<TrainingOutcome>((resolve) => {
      const root = repoRoot();
      const entry = options.workerEntry ?? path.join(root, 'libs/service/src/jobs/worker-main.ts');
      const trainerModule = path.resolve(root, options.trainerModule);
      const grace = options.cancelGraceMs ?? 10_000;
      // The worker path is resolved at run time; the bundler must not try to follow it.
      const child = fork(/* turbopackIgnore: true */ entry, [], {
        cwd: root,
        // Not the server's own execArgv (inspector ports, Next's flags): only the TypeScript hook.
        execArgv: ['-r', '@swc-node/register'],
        env: { ...process.env, SWC_NODE_PROJECT: process.env.SWC_NODE_PROJECT ?? path.join(root, 'tsconfig.base.json'), ...options.env },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      });
      let outcome: TrainingOutcome | null = null;
      let settled = false;
      let killTimer: ReturnType<typeof setTimeout> | undefined;
      const stderrTail: string[] = [];

      const at = () => new Date().toISOString();
      const pipeLines = (stream: Readable | null, level: 'info' | 'warn') => {
        if (!stream) return;
        createInterface({ input: stream }).on('line', (line) => {
          if (!line.trim() || TFJS_BANNER.test(line)) return;
          if (level === 'warn') {
            stderrTail.push(line);
            if (stderrTail.length > 20) stderrTail.shift();
          }
          io.onEvent({ type: 'log', level, message: line.slice(0, 2000), at: at() });
        });
      };
      pipeLines(child.stdout, 'info');
      pipeLines(child.stderr, 'warn');

      const onAbort = () => {
        if (child.connected) child.send({ type: 'cancel' } satisfies ParentMessage);
        killTimer = setTimeout(() => child.kill('SIGKILL'), grace);
        killTimer.unref?.();
      };
      const finish = (result: TrainingOutcome) => {
        if (settled) return;
        settled = true;
        if (killTimer) clearTimeout(killTimer);
        io.signal.removeEventListener('abort', onAbort);
        resolve(result);
      };

      child.on('message', (message: unknown) => {
        if (!isWorkerMessage(message)) return;
        if (message.type === 'event') io.onEvent(message.event);
        else outcome = message.outcome;
      });
      child.on('error', (err) => {
        finish(failedOutcome(request, io.signal.aborted ? 'cancelled' : 'failed', `could not start the training worker: ${err.message}`));
      });
      child.on('exit', (code, signal) => {
        if (outcome) return finish(outcome);
        const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
        const last = stderrTail.filter((l) => !/^\s+at /.test(l)).slice(-1)[0];
        const status = io.signal.aborted ? 'cancelled' : 'failed';
        finish(failedOutcome(request, status, status === 'cancelled' ? 'cancelled' : `the training worker ${how}${last ? `: ${last}` : ''}`));
      });

      child.send({ type: 'start', trainerModule, request } satisfies ParentMessage);
      if (io.signal.aborted) onAbort();
      else io.signal.addEventListener('abort', onAbort, { once: true });
    });
}
