// The Compare page's data: for each of the five domains, the active run's tradeoff card (validated
// against model-core's schema) and the succeeded runs for the scatter plots, read from the one
// registry the apps share. A domain without a model says what is missing and the command that fixes it.
import { tradeoffCardSchema, type TradeoffCard } from '@atlas/model-core';
import { describeDatabaseError, getRun, listRuns, readActiveModel, type ModelRunRecord } from '@atlas/registry';
import { trainCommand } from '../model/model-errors';

export const ATLAS_DOMAIN_IDS = ['nlp-chatbot', 'vision-detect', 'recommender', 'credit-risk', 'med-diagnosis'] as const;

export interface CompareDomainInput {
  id: string;
  name?: string;
  /** The nx project with the train target; default: the id. */
  app?: string;
}

export interface CompareRun {
  runId: string;
  config: string;
  modelKind: string;
  active: boolean;
  finishedAt: string | null;
  card: TradeoffCard | null;
  /** Why the stored card could not be used (missing, or invalid: which fields). */
  cardError: string | null;
}

export interface CompareDomainData {
  id: string;
  name: string;
  app: string;
  /** The command that trains (and, with no active model, promotes) this domain's model. */
  command: string;
  active: CompareRun | null;
  /** Succeeded runs, newest first, the active one included. */
  runs: CompareRun[];
  /** Set when there is no usable active card: what is missing, in a sentence. */
  missing: string | null;
  /** Set when the registry could not be read. */
  error: string | null;
}

export interface CompareData {
  generatedAt: string;
  domains: CompareDomainData[];
}

function toCompareRun(run: ModelRunRecord): CompareRun {
  let card: TradeoffCard | null = null;
  let cardError: string | null = null;
  if (!run.tradeoffCard) cardError = 'the run has no tradeoff card';
  else {
    const parsed = tradeoffCardSchema.safeParse(run.tradeoffCard);
    if (parsed.success) card = parsed.data;
    else cardError = `invalid tradeoff card: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(card)'}: ${i.message}`).join('; ')}`;
  }
  return {
    runId: run.id,
    config: run.config,
    modelKind: run.modelKind,
    active: run.active,
    finishedAt: run.finishedAt ? run.finishedAt.toISOString() : null,
    card,
    cardError,
  };
}

function missingText(active: CompareRun | null, runs: ModelRunRecord[]): string | null {
  if (active?.card) return null;
  if (active) return `The active run ${active.runId} (${active.config}) cannot be compared: ${active.cardError}.`;
  const last = runs[0];
  if (!last) return 'No model has been trained for this domain yet.';
  if (last.status === 'failed') return `No active model: the last run (${last.config}) failed: ${last.error ?? 'no reason recorded'}.`;
  if (last.status === 'running' || last.status === 'queued') return `No active model yet: a run (${last.config}) is ${last.status}.`;
  return 'No run of this domain has been promoted to active.';
}

async function loadDomain(input: CompareDomainInput, runsPerDomain: number): Promise<CompareDomainData> {
  const app = input.app ?? input.id;
  const base = { id: input.id, name: input.name ?? input.id, app, command: trainCommand(app) };
  try {
    const runs = await listRuns(input.id, { limit: runsPerDomain });
    const succeeded = runs.filter((r) => r.status === 'succeeded').map(toCompareRun);
    let active = succeeded.find((r) => r.active) ?? null;
    if (!active) {
      // The active run can be older than the newest runsPerDomain runs.
      const { model, error } = await readActiveModel(input.id);
      if (error) return { ...base, active: null, runs: [], missing: 'The model registry could not be read.', error };
      const record = model ? await getRun(model.id) : null;
      if (record) {
        active = toCompareRun(record);
        succeeded.push(active);
      }
    }
    return { ...base, active, runs: succeeded, missing: missingText(active, runs), error: null };
  } catch (err) {
    return { ...base, active: null, runs: [], missing: 'The model registry could not be read.', error: describeDatabaseError(err) };
  }
}

/** Never throws: a registry failure is reported per domain (`error`), so the page still renders. */
export async function loadCompareData(options: { domains?: CompareDomainInput[]; runsPerDomain?: number } = {}): Promise<CompareData> {
  const domains = options.domains ?? ATLAS_DOMAIN_IDS.map((id) => ({ id }));
  const runsPerDomain = options.runsPerDomain ?? 20;
  // One at a time: SQLite serialises anyway, and five small reads are quick.
  const out: CompareDomainData[] = [];
  for (const d of domains) out.push(await loadDomain(d, runsPerDomain));
  return { generatedAt: new Date().toISOString(), domains: out };
}
