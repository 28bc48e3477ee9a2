// The predict and explain handlers: personas or a new user's ratings in, top-k with reasons out.
import { HttpError, json, parseJsonBody, route, timedPredict } from '@atlas/service';
import { recommend, reasonFor, scoreAll, type UserRating } from '../domain/recommender';
import { ExplainSchema, PredictSchema, type PredictInput } from '../domain/request-schema';
import type { LoadedRecommender } from './load-model';
import { models } from './service';

function resolveRatings(m: LoadedRecommender, input: { persona?: string; ratings?: { item: string; rating: number }[] }): UserRating[] {
  const { preprocess } = m;
  if (input.persona !== undefined) {
    const p = preprocess.personas.find((x) => x.id === input.persona);
    if (!p) throw new HttpError(400, { error: 'invalid_input', message: `persona: unknown persona "${input.persona}"`, issues: [{ field: 'persona', reason: 'unknown persona' }] });
    return p.ratings;
  }
  const index = new Map(preprocess.items.map((it, i) => [it.key, i]));
  return (input.ratings ?? []).map((r, idx) => {
    const item = index.get(r.item);
    if (item === undefined) throw new HttpError(400, { error: 'invalid_input', message: `ratings.${idx}.item: unknown item "${r.item}"`, issues: [{ field: `ratings.${idx}.item`, reason: 'unknown item' }] });
    return { item, rating: r.rating };
  });
}

export function predictFor(m: LoadedRecommender, input: PredictInput) {
  const ratings = resolveRatings(m, input);
  const result = recommend(m.model, ratings, m.preprocess.items, m.preprocess.counts, input.knobs, input.k);
  return { ...result, coldStart: input.persona === undefined, ratedCount: ratings.length };
}

export const predictResponse = route(async (req) => {
  const input = await parseJsonBody(req, PredictSchema);
  const { output, latencyMs, run } = await timedPredict(models, input, (m, x) => predictFor(m, x), {
    logOutput: (o) => ({ items: o.recommendations.map((r) => r.key), diversity: o.diversity, novelty: o.novelty }),
  });
  return json({ ...output, latencyMs, runId: run.id, config: run.config });
});

export const explainResponse = route(async (req) => {
  const input = await parseJsonBody(req, ExplainSchema);
  if (input.persona === undefined && !input.ratings?.length) {
    throw new HttpError(400, { error: 'invalid_input', message: 'ratings: give a persona or at least one rating', issues: [{ field: 'ratings', reason: 'give a persona or at least one rating' }] });
  }
  const { output, latencyMs, run } = await timedPredict(models, input, (m, x) => {
    const ratings = resolveRatings(m, x);
    const item = m.preprocess.items.findIndex((it) => it.key === x.item);
    if (item < 0) throw new HttpError(400, { error: 'invalid_input', message: `item: unknown item "${x.item}"`, issues: [{ field: 'item', reason: 'unknown item' }] });
    const scores = scoreAll(m.model, ratings, m.preprocess.items.length);
    let rank = 1;
    for (let i = 0; i < scores.length; i += 1) if (scores[i] > scores[item] && !ratings.some((r) => r.item === i)) rank += 1;
    return { item: m.preprocess.items[item], score: scores[item], rank, reason: reasonFor(m.model, item, ratings, m.preprocess.items, m.preprocess.counts) };
  });
  return json({ ...output, latencyMs, runId: run.id });
});
