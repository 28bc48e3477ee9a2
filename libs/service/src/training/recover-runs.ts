// On start: runs left 'queued' or 'running' by a process that died (kill -9, OOM, power loss) are
// marked failed, and artifact folders no succeeded run points at (a crash after the artifact was
// written but before the run was recorded, or a half-written temporary folder) are removed. The
// registry only ever points at complete artifacts (they are written atomically), so nothing that
// serves is touched.
import fs from 'node:fs';
import path from 'node:path';
import { atlasHome, finishRun, getRun, listRuns, RegistryError } from '@atlas/registry';
import { liveHolders } from './run-leases';

export const INTERRUPTED_RUN_ERROR = 'the process training this run ended without recording a result (killed or crashed); marked failed on recovery';

export interface RecoveryReport {
  /** Runs marked failed. */
  failed: string[];
  /** Artifact folders (final or temporary) removed because no succeeded run points at them. */
  removedFolders: string[];
}

export interface RecoverOptions {
  /** Passed to liveHolders: how old a holder file on another host may be. */
  staleMs?: number;
}

async function removeOrphanFolders(domain: string, activeIds: Set<string>): Promise<string[]> {
  const dir = path.join(atlasHome(), 'artifacts', domain);
  if (!fs.existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    // Final folders are named <runId>; temporary ones .<runId>.tmp-<random>.
    const runId = name.startsWith('.') ? name.slice(1).split('.tmp-')[0] : name;
    if (activeIds.has(runId)) continue; // still being trained by a live process
    const run = await getRun(runId);
    // A folder of another database (a run this registry does not know) is not ours to remove.
    if (!run || run.domain !== domain) continue;
    // Still training (its owner is alive, or it started after the runs were listed above).
    if (run.status === 'queued' || run.status === 'running') continue;
    const keep = run.status === 'succeeded' && !name.startsWith('.');
    if (keep) continue;
    fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** Marks the interrupted runs of `domain` failed and removes orphan artifact folders. */
export async function recoverInterruptedRuns(domain: string, options: RecoverOptions = {}): Promise<RecoveryReport> {
  // Runs first, holders second: a process writes its claim before it creates its run, so any run
  // in this list has a holder file (a claim or the run) by the time the holders are read.
  const unfinished = (await listRuns(domain, { limit: 1000 })).filter((r) => r.status === 'queued' || r.status === 'running');
  const holders = liveHolders({ staleMs: options.staleMs });
  const owned = new Set(holders.flatMap((h) => h.runs));
  // A live process about to create a run in this domain may own a run it has not attached yet.
  const claims = holders.flatMap((h) => h.claims).filter((c) => c.domain === domain).map((c) => Date.parse(c.since));
  const earliestClaim = claims.length > 0 ? Math.min(...claims) : Number.POSITIVE_INFINITY;
  const failed: string[] = [];
  for (const run of unfinished) {
    if (owned.has(run.id)) continue;
    // Clocks of two hosts differ a little: a second of slack.
    if (run.startedAt.getTime() >= earliestClaim - 1000) continue;
    try {
      await finishRun(run.id, { status: 'failed', error: INTERRUPTED_RUN_ERROR });
      failed.push(run.id);
    } catch (err) {
      // Finished meanwhile by its own process: nothing to recover.
      if (!(err instanceof RegistryError && err.code === 'conflict')) throw err;
    }
  }
  const stillOwned = new Set([...owned, ...unfinished.filter((r) => !failed.includes(r.id)).map((r) => r.id)]);
  const removedFolders = await removeOrphanFolders(domain, stillOwned);
  return { failed, removedFolders };
}

const recovered = globalThis as typeof globalThis & { __atlasRecovered?: Map<string, Promise<RecoveryReport | null>> };

/**
 * recoverInterruptedRuns once per process, database and domain (the train CLI, the first train
 * request and the first runs listing call it). Never throws: a registry that is not reachable yet is
 * reported by the caller's own query.
 */
export function recoverOnce(domain: string): Promise<RecoveryReport | null> {
  recovered.__atlasRecovered ??= new Map();
  const key = `${process.env.DATABASE_URL ?? ''} ${atlasHome()} ${domain}`;
  let pending = recovered.__atlasRecovered.get(key);
  if (!pending) {
    pending = recoverInterruptedRuns(domain).then(
      (report) => {
        if (report.failed.length > 0) console.warn(`[atlas] ${domain}: marked ${report.failed.length} interrupted run(s) failed: ${report.failed.join(', ')}`);
        return report;
      },
      () => {
        // Retried by the next caller: the database may not be migrated yet.
        recovered.__atlasRecovered?.delete(key);
        return null;
      },
    );
    recovered.__atlasRecovered.set(key, pending);
  }
  return pending;
}
