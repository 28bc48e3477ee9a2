// Splitting one data set into simulated clients. A partition is a list of row-index lists, one per
// client; `selectRows` turns it into client data sets.
import { shuffleInPlace } from '../../seeded-random';
import { createSeededUniform, createStandardNormal, sampleSymmetricDirichlet } from '../random-sources';

export type Partition = number[][];

/** IID: a seeded shuffle cut into `clients` parts whose sizes differ by at most one. */
export function partitionIid(count: number, clients: number, seed: number): Partition {
  if (!(clients >= 1 && clients <= count)) {
    throw new RangeError(`Need 1 <= clients <= rows; got ${clients} clients for ${count} rows.`);
  }
  const order = shuffleInPlace(
    Array.from({ length: count }, (_, index) => index),
    createSeededUniform(seed),
  );
  const parts: Partition = Array.from({ length: clients }, () => []);
  order.forEach((row, position) => parts[position % clients].push(row));
  return parts.map((part) => part.sort((a, b) => a - b));
}

export interface KeyedPartition<K> {
  /** The key of each client, sorted (numbers numerically, strings by code point). */
  keys: K[];
  parts: Partition;
}

/**
 * Non-IID by a natural key (an age band, a region, a branch): one client per distinct key, as when
 * each institution holds its own population.
 */
export function partitionByKey<K extends string | number>(keys: readonly K[]): KeyedPartition<K> {
  const groups = new Map<K, number[]>();
  keys.forEach((key, row) => {
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  });
  const sortedKeys = [...groups.keys()].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0,
  );
  return { keys: sortedKeys, parts: sortedKeys.map((key) => groups.get(key) ?? []) };
}

export interface DirichletPartitionOptions {
  clients: number;
  /**
   * Concentration: small (0.1) gives clients dominated by one or two labels, large (100) gives
   * nearly IID clients. Hsu, Qi and Brown (2019) introduced this split for federated benchmarks.
   */
  alpha: number;
  seed: number;
  /** Redraw until every client has at least this many rows (default 1). */
  minPerClient?: number;
  maxAttempts?: number;
}

/**
 * Label skew: for each label, the share each client gets is drawn from Dir(alpha, ..., alpha) and
 * that label's (shuffled) rows are cut in those proportions.
 */
export function partitionDirichletLabels(labels: readonly number[], options: DirichletPartitionOptions): Partition {
  const { clients, alpha, seed, minPerClient = 1, maxAttempts = 100 } = options;
  if (!(clients >= 1)) throw new RangeError(`clients must be >= 1; got ${clients}.`);
  if (!(alpha > 0)) throw new RangeError(`alpha must be > 0; got ${alpha}.`);
  const uniform = createSeededUniform(seed);
  const normal = createStandardNormal(uniform);
  const byLabel = new Map<number, number[]>();
  labels.forEach((label, row) => {
    const rows = byLabel.get(label);
    if (rows) rows.push(row);
    else byLabel.set(label, [row]);
  });
  const labelOrder = [...byLabel.keys()].sort((a, b) => a - b);

  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const parts: Partition = Array.from({ length: clients }, () => []);
    for (const label of labelOrder) {
      const rows = shuffleInPlace([...(byLabel.get(label) ?? [])], uniform);
      const shares = sampleSymmetricDirichlet(clients, alpha, uniform, normal);
      // Cut points from the cumulative shares, so every row goes to exactly one client.
      let cumulative = 0;
      let start = 0;
      shares.forEach((share, client) => {
        cumulative += share;
        const end = client === clients - 1 ? rows.length : Math.round(cumulative * rows.length);
        parts[client].push(...rows.slice(start, end));
        start = Math.max(start, end);
      });
    }
    if (parts.every((part) => part.length >= minPerClient)) return parts.map((part) => part.sort((a, b) => a - b));
  }
  throw new Error(
    `No Dirichlet split with at least ${minPerClient} rows per client in ${maxAttempts} draws: lower minPerClient or raise alpha.`,
  );
}

/** Share of each label within each client: result[client][labelIndex], labels in `labelValues` order. */
export function labelProportions(labels: readonly number[], partition: Partition, labelValues: readonly number[]): number[][] {
  return partition.map((rows) => {
    const counts = labelValues.map(() => 0);
    rows.forEach((row) => {
      const position = labelValues.indexOf(labels[row]);
      if (position >= 0) counts[position] += 1;
    });
    return counts.map((value) => (rows.length > 0 ? value / rows.length : 0));
  });
}

/** The given rows of an array (a client's share of the features or labels). */
export function selectRows<T>(rows: readonly T[], indices: readonly number[]): T[] {
  return indices.map((index) => rows[index]);
}
