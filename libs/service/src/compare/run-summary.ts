// A run as the pages and the runs API show it: plain JSON (dates as ISO strings) with the few facts
// a runs table needs pulled out of the metrics and the tradeoff card.
import type { ModelRunRecord, RunStatus } from '@atlas/registry';

export interface RunSummary {
  id: string;
  domain: string;
  config: string;
  modelKind: string;
  status: RunStatus;
  backend: string;
  active: boolean;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  headline: { name: string; value: number } | null;
  /** From the card when present, else finished - started. */
  trainingSeconds: number | null;
  /** From the card: trained on the project's sample rather than the real dataset. */
  isSample: boolean | null;
  artifactSha256: string | null;
}

function record(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export function summarizeRun(run: ModelRunRecord): RunSummary {
  const h = record(run.metrics?.headline);
  const card = record(run.tradeoffCard);
  const training = record(card?.training);
  const dataset = record(card?.dataset);
  const cardSeconds = typeof training?.seconds === 'number' ? training.seconds : null;
  const wall = run.finishedAt ? (run.finishedAt.getTime() - run.startedAt.getTime()) / 1000 : null;
  return {
    id: run.id,
    domain: run.domain,
    config: run.config,
    modelKind: run.modelKind,
    status: run.status,
    backend: typeof training?.backend === 'string' ? training.backend : run.backend,
    active: run.active,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt ? run.finishedAt.toISOString() : null,
    error: run.error,
    headline: h && typeof h.name === 'string' && typeof h.value === 'number' ? { name: h.name, value: h.value } : null,
    trainingSeconds: cardSeconds ?? wall,
    isSample: typeof dataset?.isSample === 'boolean' ? dataset.isSample : null,
    artifactSha256: run.artifactSha256,
  };
}
