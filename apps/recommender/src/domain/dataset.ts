// The recommender's view of a ratings dataset: dense user and item indices, the item catalog (title,
// year, genres), and the two evaluation protocols' splits as row indices. Built from the MovieLens
// build of @atlas/data-pipeline or from a user's CSV (custom-data.ts). Pure TypeScript.
import type { Interactions } from './algorithms';

export interface ItemInfo {
  /** The dataset's own item id (MovieLens movie id, or the CSV's item key). */
  key: string;
  title: string;
  year: number | null;
  genres: string[];
}

export interface RecDataset {
  name: string;
  source: string;
  license: string;
  isSample: boolean;
  userKeys: string[];
  items: ItemInfo[];
  all: Interactions;
  timestamps: Float64Array;
  /** Rating-prediction folds (MovieLens u1..u5): row indices into `all`. */
  folds: { name: string; train: Int32Array; test: Int32Array }[];
  /** Per-user 75/25 ranking split, seeded: row indices into `all`. */
  ranking: { seed: string; fingerprint: string; train: Int32Array; test: Int32Array };
}

export interface RawRating {
  user: string;
  item: string;
  rating: number;
  timestamp: number;
}

/** Dense indices in order of first appearance. */
export function indexRatings(ratings: readonly RawRating[], items: ItemInfo[]): Pick<RecDataset, 'userKeys' | 'items' | 'all' | 'timestamps'> & {
  rowOf: Map<string, number>;
} {
  const userIndex = new Map<string, number>();
  const itemIndex = new Map(items.map((it, i) => [it.key, i]));
  const catalog = [...items];
  const n = ratings.length;
  const all: Interactions = { nUsers: 0, nItems: 0, users: new Int32Array(n), items: new Int32Array(n), ratings: new Float32Array(n) };
  const timestamps = new Float64Array(n);
  const rowOf = new Map<string, number>();
  ratings.forEach((r, j) => {
    let u = userIndex.get(r.user);
    if (u === undefined) userIndex.set(r.user, (u = userIndex.size));
    let i = itemIndex.get(r.item);
    if (i === undefined) {
      itemIndex.set(r.item, (i = catalog.length));
      catalog.push({ key: r.item, title: `Item ${r.item}`, year: null, genres: [] });
    }
    all.users[j] = u;
    all.items[j] = i;
    all.ratings[j] = r.rating;
    timestamps[j] = r.timestamp;
    rowOf.set(`${r.user}:${r.item}`, j);
  });
  all.nUsers = userIndex.size;
  all.nItems = catalog.length;
  return { userKeys: [...userIndex.keys()], items: catalog, all, timestamps, rowOf };
}

export function rowsOf(ids: readonly string[], rowOf: ReadonlyMap<string, number>): Int32Array {
  const out: number[] = [];
  for (const id of ids) {
    const r = rowOf.get(id);
    if (r !== undefined) out.push(r);
  }
  return Int32Array.from(out);
}

/** A seeded per-user split: each user's rows shuffled and cut at `testRatio` (at least one stays in train). */
export function perUserSplit(all: Interactions, testRatio: number, seed: number, random: () => number): { train: Int32Array; test: Int32Array } {
  void seed;
  const byUser: number[][] = Array.from({ length: all.nUsers }, () => []);
  for (let j = 0; j < all.users.length; j += 1) byUser[all.users[j]].push(j);
  const train: number[] = [];
  const test: number[] = [];
  for (const rows of byUser) {
    for (let j = rows.length - 1; j > 0; j -= 1) {
      const s = Math.floor(random() * (j + 1));
      [rows[j], rows[s]] = [rows[s], rows[j]];
    }
    const nTest = rows.length > 1 ? Math.round(rows.length * testRatio) : 0;
    rows.forEach((r, idx) => (idx < nTest ? test : train).push(r));
  }
  return { train: Int32Array.from(train.sort((a, b) => a - b)), test: Int32Array.from(test.sort((a, b) => a - b)) };
}

/** Each user's item indices in the given rows. */
export function itemsByUser(all: Interactions, rows: ArrayLike<number>): number[][] {
  const out: number[][] = Array.from({ length: all.nUsers }, () => []);
  for (let j = 0; j < rows.length; j += 1) out[all.users[rows[j]]].push(all.items[rows[j]]);
  return out;
}
