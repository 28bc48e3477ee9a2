// Registry updates the training flow needs that the registry's API does not offer yet: a run created
// by the job manager before its worker has read the data is filled in (dataset, backend, status
// running) when the worker starts. Kept in one place so it can move into @atlas/registry as is.
import path from 'node:path';
import { atlasHome, getPrisma } from '@atlas/registry';

export async function markRunStarted(runId: string, fields: { datasetId: string | null; backend: string }): Promise<void> {
  await getPrisma().modelRun.updateMany({
    where: { id: runId, status: { in: ['queued', 'running'] } },
    data: { status: 'running', datasetId: fields.datasetId, backend: fields.backend },
  });
}

/** Where a run's artifact folder goes: one immutable folder per run. */
export function artifactDirFor(domain: string, runId: string): string {
  return path.join(atlasHome(), 'artifacts', domain, runId);
}
