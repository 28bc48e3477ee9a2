// Ratings viewers give in the app: stored in the registry (one row per viewer and movie, the latest
// rating wins) and added to the next training run's final fit as extra viewers.
import { listInteractions, saveInteraction } from '@atlas/registry';
import { HttpError, json, parseJsonBody, route } from '@atlas/service';
import { z } from 'zod';
import type { RawRating } from '../domain/dataset';
import { models } from './service';

const DOMAIN = 'recommender';
/** Viewer keys are made in the browser (random, kept in localStorage): never a name or an email. */
const AppRatingSchema = z
  .object({
    viewer: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a random key of 8-64 letters, digits, _ or -'),
    item: z.string().min(1).max(64),
    rating: z.number().int().min(1).max(5),
  })
  .strict();

export const saveRatingResponse = route(async (req) => {
  const input = await parseJsonBody(req, AppRatingSchema, { maxBytes: 4096 });
  const known = await models.use(({ model }) => model.preprocess.items.some((it) => it.key === input.item));
  if (!known) throw new HttpError(400, { error: 'invalid_input', message: `item: unknown item "${input.item}"`, issues: [{ field: 'item', reason: 'unknown item' }] });
  const saved = await saveInteraction({ domain: DOMAIN, userKey: input.viewer, itemKey: input.item, value: input.rating });
  return json({ saved: { item: saved.itemKey, rating: saved.value, at: saved.updatedAt } }, { status: 201 });
});

/** The stored app ratings as extra training rows; viewers get an `app:` prefix so they never collide with dataset users. */
export async function appRatingsForTraining(): Promise<RawRating[]> {
  const rows = await listInteractions({ domain: DOMAIN });
  return rows.map((r) => ({ user: `app:${r.userKey}`, item: r.itemKey, rating: r.value, timestamp: Math.floor(r.updatedAt.getTime() / 1000) }));
}
