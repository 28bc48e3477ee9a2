// Ratings users give items inside an app (recommender); the next training run reads them back.
// One row per (domain, user, item): a new rating replaces the old one.
import { getPrisma } from './client';
import { errorCode } from './errors';
import type { InteractionRecord } from './records';
import { InteractionInputSchema, ListInteractionsInputSchema, type InteractionInput, type ListInteractionsInput } from './schemas';
import { parseInput } from './validate';

export async function saveInteraction(input: InteractionInput): Promise<InteractionRecord> {
  const { domain, userKey, itemKey, value } = parseInput(InteractionInputSchema, 'interaction', input);
  const upsert = () =>
    getPrisma().interaction.upsert({
      where: { domain_userKey_itemKey: { domain, userKey, itemKey } },
      create: { domain, userKey, itemKey, value },
      update: { value },
    });
  try {
    return await upsert();
  } catch (err) {
    // Two first ratings raced: the loser's insert hit the unique key; now the row exists, update it.
    if (errorCode(err) === 'P2002') return upsert();
    throw err;
  }
}

/** A domain's interactions (optionally one user's), most recently rated first; all of them unless limited. */
export async function listInteractions(input: ListInteractionsInput): Promise<InteractionRecord[]> {
  const { domain, userKey, limit } = parseInput(ListInteractionsInputSchema, 'interaction list', input);
  return getPrisma().interaction.findMany({
    where: { domain, ...(userKey ? { userKey } : {}) },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: limit,
  });
}
