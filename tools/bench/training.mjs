// Training time per domain, from the succeeded runs in the benchmark's registry.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DOMAINS, ROOT } from '../lib/processes.mjs';
import { trainingRuns } from './registry-db.mjs';

export function collectTrainingTimes(home, failures = {}) {
  const runs = trainingRuns(home);
  return {
    domains: DOMAINS.map((d) => {
      const mine = runs.filter((r) => r.domain === d.id);
      const hasTrainTarget = existsSync(path.join(ROOT, 'apps', d.id, 'src/cli/train.ts'));
      const note = mine.length ? '' : (failures[d.id] ?? (hasTrainTarget ? 'no succeeded run' : 'no train target yet'));
      return { app: d.id, name: d.name, runs: mine, note };
    }),
  };
}
