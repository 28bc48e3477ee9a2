// Drift monitoring of the active model: the applications scored since it was trained (the registry's
// prediction log, coarsened inputs) against the training distributions stored with the model.
import { listPredictions } from '@atlas/registry';
import type { CreditApplication } from '../domain/features';
import { creditRow } from '../domain/model-inputs';
import { stabilityOf, type PsiResult } from '../domain/monitoring';
import type { CreditPreprocess } from '../domain/preprocess';

export interface StabilityReport {
  /** Distinct applications among the latest 1,000 logged predictions. */
  scored: number;
  results: PsiResult[];
}

interface LoggedInput {
  application?: Record<string, number | string | null>;
}

export async function stabilityReport(runId: string, preprocess: CreditPreprocess): Promise<StabilityReport> {
  const logged = await listPredictions(runId, { limit: 1000 });
  const rows: Record<string, unknown>[] = [];
  const pds: number[] = [];
  // An application explained again at another cutoff is logged again; it counts once here.
  const seen = new Set<string>();
  for (const p of logged) {
    const application = (p.redactedInput as LoggedInput | null)?.application;
    const pd = (p.output as { pd?: unknown } | null)?.pd;
    if (!application || typeof pd !== 'number') continue;
    const key = JSON.stringify(application);
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(preprocess.schema.kind === 'taiwan-credit' ? creditRow(application as CreditApplication) : application);
    pds.push(pd);
  }
  return { scored: rows.length, results: rows.length ? stabilityOf(preprocess.psi, rows, pds) : [] };
}
