// A throwaway ATLAS_HOME with a migrated registry and quickly trained models on the project's
// generated samples (2 folds), for route tests.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { disconnectPrisma, migrate } from '@atlas/registry';
import { runTraining, type TrainingOutcome } from '@atlas/service';
import { trainer } from '../../src/server/training/trainer';

export function useTrainedHome(configs: readonly string[] = ['logistic', 'wdbc-logistic']): { outcomes: Record<string, TrainingOutcome> } {
  const saved = { home: process.env.ATLAS_HOME, db: process.env.DATABASE_URL };
  const state = { outcomes: {} as Record<string, TrainingOutcome> };
  let home = '';
  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'atlas-med-'));
    process.env.ATLAS_HOME = home;
    delete process.env.DATABASE_URL;
    await migrate({ quiet: true });
    for (const config of configs) {
      const outcome = await runTraining(trainer, { config, args: { sample: true, folds: '2' } });
      if (outcome.status !== 'succeeded') throw new Error(`training ${config} failed: ${outcome.error}`);
      state.outcomes[config] = outcome;
    }
  }, 240_000);
  afterAll(async () => {
    await disconnectPrisma();
    process.env.ATLAS_HOME = saved.home;
    if (saved.db) process.env.DATABASE_URL = saved.db;
    rmSync(home, { recursive: true, force: true });
  });
  return state;
}
