// What the pages read on the server: the active model's personas, onboarding movies and metrics,
// or why there is none.
import { listRuns } from '@atlas/registry';
import type { ModelCardData } from '@atlas/ui';
import { modelCardOf } from '../domain/model-card';
import type { RecMetrics } from '../domain/train-run';
import { models } from './service';

export interface TryData {
  runId: string;
  config: string;
  personas: { id: string; name: string; description: string; topGenres: string[]; ratedCount: number }[];
  onboarding: { key: string; title: string; year: number | null; genres: string[] }[];
}

export async function loadTryData(): Promise<{ data: TryData | null; error: string | null }> {
  try {
    const loaded = await models.current();
    if (!loaded) return { data: null, error: null };
    const { preprocess } = loaded.model;
    return {
      data: {
        runId: loaded.run.id,
        config: loaded.run.config,
        personas: preprocess.personas.map((p) => ({ id: p.id, name: p.name, description: p.description, topGenres: p.topGenres, ratedCount: p.ratings.length })),
        onboarding: preprocess.onboarding.map((i) => ({ key: preprocess.items[i].key, title: preprocess.items[i].title, year: preprocess.items[i].year, genres: preprocess.items[i].genres })),
      },
      error: null,
    };
  } catch (e) {
    return { data: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The latest succeeded run of each configuration, with its detailed metrics. */
export async function loadEvaluateData(): Promise<{ runs: { runId: string; config: string; active: boolean; seconds: number | null; metrics: RecMetrics }[]; error: string | null }> {
  try {
    const runs = await listRuns('recommender');
    const seen = new Set<string>();
    const out = [];
    for (const r of runs) {
      if (r.status !== 'succeeded' || seen.has(r.config)) continue;
      const detail = (r.metrics as { detail?: RecMetrics } | null)?.detail;
      if (!detail) continue;
      seen.add(r.config);
      out.push({ runId: r.id, config: r.config, active: Boolean((r as { active?: boolean }).active), seconds: detail.timings.totalSeconds, metrics: detail });
    }
    return { runs: out, error: null };
  } catch (e) {
    return { runs: [], error: e instanceof Error ? e.message : String(e) };
  }
}

/** The active run's model card, or why there is none. */
export async function loadModelCard(): Promise<{ card: ModelCardData | null; isSample: boolean; error: string | null }> {
  try {
    const loaded = await models.current();
    const detail = (loaded?.run.metrics as { detail?: RecMetrics } | null | undefined)?.detail;
    if (!loaded || !detail) return { card: null, isSample: false, error: null };
    const dataset = (loaded.run.tradeoffCard as { dataset?: { name?: string; license?: string } } | null)?.dataset;
    const card = modelCardOf(detail, { id: loaded.run.id, finishedAt: loaded.run.finishedAt?.toISOString() ?? null }, { name: dataset?.name ?? 'MovieLens 100K', license: dataset?.license ?? 'GroupLens research licence' });
    return { card, isSample: detail.isSample, error: null };
  } catch (e) {
    return { card: null, isSample: false, error: e instanceof Error ? e.message : String(e) };
  }
}
