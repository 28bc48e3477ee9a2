// A throwaway ATLAS_HOME with a migrated registry and quickly trained credit models (on the project's
// generated sample), for route tests.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { disconnectPrisma, migrate } from '@atlas/registry';
import { runTraining, type TrainingOutcome } from '@atlas/service';
import { trainer } from '../../src/server/training/trainer';

export interface TrainedHome {
  outcomes: Record<string, TrainingOutcome>;
}

/** Registers beforeAll/afterAll hooks; the returned object is filled once beforeAll has run. */
export function useTrainedHome(configs: readonly string[] = ['mlp', 'scorecard']): TrainedHome {
  const saved = { home: process.env.ATLAS_HOME, db: process.env.DATABASE_URL };
  const state: TrainedHome = { outcomes: {} };
  let home = '';
  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'atlas-credit-'));
    process.env.ATLAS_HOME = home;
    delete process.env.DATABASE_URL;
    await migrate({ quiet: true });
    for (const config of configs) {
      const outcome = await runTraining(trainer, { config, args: { quick: true, sample: true } });
      if (outcome.status !== 'succeeded') throw new Error(`training ${config} failed: ${outcome.error}`);
      state.outcomes[config] = outcome;
    }
  }, 180_000);
  afterAll(async () => {
    await disconnectPrisma();
    process.env.ATLAS_HOME = saved.home;
    if (saved.db) process.env.DATABASE_URL = saved.db;
    rmSync(home, { recursive: true, force: true });
  });
  return state;
}
