// Ratings users give in an app: one row per (domain, user, item), identical on both providers.
import { listInteractions, saveInteraction } from '../src';
import { PROVIDERS, useMigratedDatabase } from './databases';

describe.each(PROVIDERS)('interactions on %s', (provider) => {
  useMigratedDatabase(provider);

  it('keeps one row per user and item, with the latest value', async () => {
    const first = await saveInteraction({ domain: 'recommender', userKey: 'u1', itemKey: 'movie-1', value: 3 });
    expect(first).toEqual({ id: expect.any(String), domain: 'recommender', userKey: 'u1', itemKey: 'movie-1', value: 3, createdAt: expect.any(Date), updatedAt: expect.any(Date) });
    await new Promise((r) => setTimeout(r, 5));
    const again = await saveInteraction({ domain: 'recommender', userKey: 'u1', itemKey: 'movie-1', value: 4.5 });
    expect(again).toMatchObject({ id: first.id, value: 4.5, createdAt: first.createdAt });
    expect(again.updatedAt.getTime()).toBeGreaterThan(first.updatedAt.getTime());
    expect(await listInteractions({ domain: 'recommender' })).toEqual([again]);
  });

  it('keeps one row when the same first rating races', async () => {
    await Promise.all([1, 2, 3, 4].map((value) => saveInteraction({ domain: 'race', userKey: 'u', itemKey: 'i', value })));
    const rows = await listInteractions({ domain: 'race' });
    expect(rows).toHaveLength(1);
    expect([1, 2, 3, 4]).toContain(rows[0].value);
  });

  it('lists by domain and user, most recently rated first', async () => {
    await saveInteraction({ domain: 'shop', userKey: 'u1', itemKey: 'a', value: 1 });
    await new Promise((r) => setTimeout(r, 5));
    await saveInteraction({ domain: 'shop', userKey: 'u2', itemKey: 'a', value: 5 });
    await new Promise((r) => setTimeout(r, 5));
    await saveInteraction({ domain: 'shop', userKey: 'u1', itemKey: 'b', value: -1 });
    expect((await listInteractions({ domain: 'shop' })).map((r) => `${r.userKey}:${r.itemKey}`)).toEqual(['u1:b', 'u2:a', 'u1:a']);
    expect((await listInteractions({ domain: 'shop', userKey: 'u1' })).map((r) => r.itemKey)).toEqual(['b', 'a']);
    expect(await listInteractions({ domain: 'shop', limit: 1 })).toHaveLength(1);
    await expect(saveInteraction({ domain: 'shop', userKey: 'u1', itemKey: 'a', value: Number.NaN })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('value') });
    await expect(saveInteraction({ domain: 'shop', userKey: '', itemKey: 'a', value: 1 })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('userKey') });
  });
});
