// The audit trail of the Data page: every logged prediction of this domain, newest first, with its
// time, the run that answered and the redacted input (measurements rounded, no identifiers).
import { listPredictions, listRuns } from '@atlas/registry';

export interface AuditRow {
  id: string;
  at: string;
  runId: string;
  config: string;
  task: string;
  input: Record<string, number | null>;
  risk: number | null;
  flagged: boolean | null;
  latencyMs: number;
}

type Logged = { task?: string; patient?: Record<string, number | null> };
type Output = { risk?: number; flagged?: boolean };

/** The newest `limit` predictions over all runs of med-diagnosis. */
export async function auditLog(limit = 100): Promise<{ rows: AuditRow[]; error: string | null }> {
  try {
    const runs = await listRuns('med-diagnosis', { limit: 1000 });
    const perRun = await Promise.all(runs.map(async (run) => (await listPredictions(run.id, { limit })).map((p) => ({ p, config: run.config }))));
    const rows = perRun
      .flat()
      .sort((a, b) => +b.p.createdAt - +a.p.createdAt)
      .slice(0, limit)
      .map(({ p, config }): AuditRow => {
        const input = (p.redactedInput ?? {}) as Logged;
        const output = (p.output ?? {}) as Output;
        return {
          id: p.id,
          at: p.createdAt.toISOString(),
          runId: p.runId,
          config,
          task: input.task ?? '?',
          input: input.patient ?? {},
          risk: typeof output.risk === 'number' ? output.risk : null,
          flagged: typeof output.flagged === 'boolean' ? output.flagged : null,
          latencyMs: p.latencyMs,
        };
      });
    return { rows, error: null };
  } catch (error) {
    return { rows: [], error: error instanceof Error ? error.message : String(error) };
  }
}
