// The per-user ratio split for ranking: each user keeps part of their interactions for testing, so
// every test user also appears in training.
import { compareIds, sortIds } from './ids';
import { createRng, shuffleInPlace } from './rng';
import { splitFingerprint } from './stratified';
import type { SplitSet } from './types';

export interface PerUserRatioOptions {
  seed: string;
  /** Fraction of each user's interactions held out for testing (default 0.2). */
  testRatio?: number;
  /** 'random' (seeded) or 'latest' (the most recent interactions are held out). Default 'random'. */
  order?: 'random' | 'latest';
  /** Users with fewer interactions than this stay entirely in training (default 2). */
  minInteractions?: number;
  sample?: boolean;
}

export function perUserRatioSplit(
  items: ReadonlyArray<{ id: string; user: string; timestamp?: number }>,
  options: PerUserRatioOptions,
): SplitSet {
  const ratio = options.testRatio ?? 0.2;
  const order = options.order ?? 'random';
  const byUser = new Map<string, Array<{ id: string; timestamp?: number }>>();
  for (const item of items) {
    const list = byUser.get(item.user);
    if (list) list.push(item);
    else byUser.set(item.user, [item]);
  }
  const train: string[] = [];
  const test: string[] = [];
  for (const user of sortIds(byUser.keys())) {
    const list = (byUser.get(user) ?? []).sort((a, b) => compareIds(a.id, b.id));
    if (order === 'latest') list.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0) || compareIds(a.id, b.id));
    else shuffleInPlace(list, createRng(`${options.seed}\u0000user\u0000${user}`));
    const held = list.length < (options.minInteractions ?? 2) ? 0 : Math.max(1, Math.round(list.length * ratio));
    const cut = list.length - held;
    list.forEach((item, i) => (i < cut ? train : test).push(item.id));
  }
  const parts = { train: sortIds(train), test: sortIds(test) };
  return {
    name: 'per-user-ratio',
    strategy: 'per-user-ratio',
    seed: order === 'random' ? options.seed : null,
    fractions: { train: 1 - ratio, test: ratio },
    stratifiedBy: `user (${order === 'random' ? 'seeded random' : 'most recent'} ${Math.round(ratio * 100)} % of each user held out)`,
    parts,
    fingerprint: splitFingerprint(parts),
    sample: options.sample ?? false,
  };
}
