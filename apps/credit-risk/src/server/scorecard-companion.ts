// The points of the latest scorecard run, shown beside any active model's decision ("what the
// interpretable model says"). Only its preprocess.json is read (the points table), once per run.
import { listRuns } from '@atlas/registry';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CreditApplication } from '../domain/features';
import { creditRow } from '../domain/model-inputs';
import { parsePreprocess, type CreditPreprocess } from '../domain/preprocess';
import type { ScorecardPointsView } from '../domain/explain-response';
import { scoreRow } from '../domain/scorecard';

const cache = new Map<string, Promise<CreditPreprocess | null>>();

async function readScorecard(dir: string): Promise<CreditPreprocess | null> {
  const preprocess = parsePreprocess(JSON.parse(await readFile(path.join(dir, 'preprocess.json'), 'utf8')));
  return preprocess.scorecard && preprocess.schema.kind === 'taiwan-credit' ? preprocess : null;
}

export async function latestScorecard(): Promise<{ runId: string; preprocess: CreditPreprocess } | null> {
  const runs = await listRuns('credit-risk', { limit: 50 });
  const run = runs.find((r) => r.config === 'scorecard' && r.status === 'succeeded' && r.artifactPath);
  if (!run?.artifactPath) return null;
  if (!cache.has(run.id)) cache.set(run.id, readScorecard(run.artifactPath).catch(() => null));
  const preprocess = await cache.get(run.id);
  return preprocess ? { runId: run.id, preprocess } : null;
}

export async function scorecardFor(application: CreditApplication): Promise<ScorecardPointsView | null> {
  const card = await latestScorecard();
  if (!card?.preprocess.scorecard) return null;
  const result = scoreRow(card.preprocess.scorecard, card.preprocess.encoder, creditRow(application));
  const s = card.preprocess.scorecard.scaling;
  return { ...result, runId: card.runId, base: { score: s.baseScore, odds: s.baseOdds, pdo: s.pdo } };
}
