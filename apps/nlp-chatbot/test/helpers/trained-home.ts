// A throwaway ATLAS_HOME with a migrated registry and quickly trained intent models (on the project's
// generated CLINC150 sample), for route tests.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { disconnectPrisma, migrate } from '@atlas/registry';
import { runTraining, type TrainingOutcome } from '@atlas/service';
import { trainer } from '../../src/server/training/trainer';

export interface TrainedHome {
  outcomes: Record<string, TrainingOutcome>;
  home: string;
}

/** Registers beforeAll/afterAll hooks; the returned object is filled once beforeAll has run. */
export function useTrainedHome(configs: readonly string[] = ['fast']): TrainedHome {
  const saved = { home: process.env.ATLAS_HOME, db: process.env.DATABASE_URL };
  const state: TrainedHome = { outcomes: {}, home: '' };
  beforeAll(async () => {
    state.home = mkdtempSync(path.join(os.tmpdir(), 'atlas-nlp-'));
    process.env.ATLAS_HOME = state.home;
    delete process.env.DATABASE_URL;
    await migrate({ quiet: true });
    for (const config of configs) {
      const outcome = await runTraining(trainer, { config, args: { sample: true } });
      if (outcome.status !== 'succeeded') throw new Error(`training ${config} failed: ${outcome.error}`);
      state.outcomes[config] = outcome;
    }
  }, 300_000);
  afterAll(async () => {
    await disconnectPrisma();
    process.env.ATLAS_HOME = saved.home;
    if (saved.db) process.env.DATABASE_URL = saved.db;
    rmSync(state.home, { recursive: true, force: true });
  });
  return state;
}
