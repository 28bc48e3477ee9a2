// Throwaway ATLAS_HOMEs for Jest suites: a fresh folder with the committed migrations applied, the
// registry pointed at it (DATABASE_URL cleared), and everything restored and deleted afterwards.
// useTrainedHome adds quickly trained models of an app (its own sample data).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { disconnectPrisma, migrate } from '@atlas/registry';
import { runTraining, type DomainTrainer, type TrainingArgs, type TrainingOutcome } from '@atlas/service';

export interface TempHome {
  /** The folder; set once beforeAll has run. */
  home: () => string;
}

/** Points the registry at a fresh migrated ATLAS_HOME for the file's tests (beforeAll/afterAll hooks). */
export function useTempHome(prefix = 'atlas-test-', prepare?: (home: string) => Promise<void>, timeoutMs = 240_000): TempHome {
  const saved = { home: process.env.ATLAS_HOME, db: process.env.DATABASE_URL };
  let home = '';
  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), prefix));
    process.env.ATLAS_HOME = home;
    delete process.env.DATABASE_URL;
    await migrate({ quiet: true });
    if (prepare) await prepare(home);
  }, timeoutMs);
  afterAll(async () => {
    await disconnectPrisma();
    if (saved.home === undefined) delete process.env.ATLAS_HOME;
    else process.env.ATLAS_HOME = saved.home;
    if (saved.db !== undefined) process.env.DATABASE_URL = saved.db;
    rmSync(home, { recursive: true, force: true });
  });
  return { home: () => home };
}

/** Trains each configuration into the current ATLAS_HOME; throws naming the one that failed. */
export async function trainQuickly<D, P>(trainer: DomainTrainer<D, P>, configs: readonly string[], args: TrainingArgs): Promise<Record<string, TrainingOutcome>> {
  const outcomes: Record<string, TrainingOutcome> = {};
  for (const config of configs) {
    const outcome = await runTraining(trainer, { config, args });
    if (outcome.status !== 'succeeded') throw new Error(`training ${trainer.domain} ${config} failed: ${outcome.error}`);
    outcomes[config] = outcome;
  }
  return outcomes;
}

export interface TrainedHome extends TempHome {
  outcomes: Record<string, TrainingOutcome>;
}

/** A temp home with `configs` of the app trained on its sample; `outcomes` is filled once beforeAll has run. */
export function useTrainedHome<D, P>(trainer: DomainTrainer<D, P>, configs: readonly string[], args: TrainingArgs, prefix = `atlas-${trainer.domain}-`): TrainedHome {
  const state: TrainedHome = { outcomes: {}, home: () => temp.home() };
  const temp = useTempHome(prefix, async () => {
    Object.assign(state.outcomes, await trainQuickly(trainer, configs, args));
  });
  return state;
}
