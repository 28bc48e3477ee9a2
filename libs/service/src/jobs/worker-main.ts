// The entry of a training worker process (forked by fork-runner with `-r @swc-node/register`, so the
// app's TypeScript trainer module loads as source). It waits for one 'start' message, runs the shared
// training flow, reports events and the outcome to the parent, and exits.
import path from 'node:path';
import { disconnectPrisma } from '@atlas/registry';
import { runTraining } from '../training/run-training';
import type { DomainTrainer } from '../training/types';
import { throttleSteps } from './step-throttle';
import { isParentMessage, type ParentMessage, type WorkerMessage } from './worker-protocol';

const controller = new AbortController();

/** Resolves once the message is handed to the channel, so exiting right after cannot drop it. */
function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.connected || !process.send) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });
}

async function loadTrainer(modulePath: string): Promise<DomainTrainer<unknown, unknown>> {
  // Compiled to require() by the register hook, which is what loads TypeScript here.
  const mod = (await import(path.resolve(modulePath))) as { trainer?: unknown; default?: unknown };
  const trainer = (mod.trainer ?? mod.default) as DomainTrainer<unknown, unknown> | undefined;
  if (!trainer || typeof trainer.train !== 'function' || typeof trainer.loadData !== 'function') {
    throw new Error(`${modulePath} must export \`trainer\` (a DomainTrainer with loadData and train)`);
  }
  return trainer;
}

async function start(message: Extract<ParentMessage, { type: 'start' }>): Promise<void> {
  const onEvent = throttleSteps((event) => void send({ type: 'event', event }));
  try {
    const trainer = await loadTrainer(message.trainerModule);
    const outcome = await runTraining(trainer, message.request, { onEvent, signal: controller.signal });
    await send({ type: 'outcome', outcome });
  } catch (err) {
    // Only loading the module can get here: runTraining reports its own failures.
    await send({ type: 'event', event: { type: 'log', level: 'error', message: (err as Error).message, at: new Date().toISOString() } });
    throw err;
  } finally {
    await disconnectPrisma().catch(() => undefined);
  }
}

let started = false;
process.on('message', (message: unknown) => {
  if (!isParentMessage(message)) return;
  if (message.type === 'cancel') {
    controller.abort();
    return;
  }
  if (started) return;
  started = true;
  start(message).then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
});

// The server went away: stop training instead of running on unobserved; the run is recorded as cancelled.
process.on('disconnect', () => {
  controller.abort('the server stopped while the run was training');
  setTimeout(() => process.exit(1), 30_000).unref();
});
