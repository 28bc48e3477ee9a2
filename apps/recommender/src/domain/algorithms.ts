// The three recommenders in plain TypeScript (no React, no TensorFlow.js): popularity, biased matrix
// factorization trained by SGD (rating prediction) and EASE, a closed-form item-item model for top-N
// from implicit feedback (Steck 2019). They are fast on two cores: MF is ~10^8 multiply-adds per
// fit, EASE one symmetric 1,682 x 1,682 inverse. The artifact stores their weights in a TensorFlow.js
// model (see artifact-model.ts); serving reads them back into these typed arrays.

/** Ratings as parallel arrays of dense indices (users 0..nUsers-1, items 0..nItems-1). */
export interface Interactions {
  nUsers: number;
  nItems: number;
  users: Int32Array;
  items: Int32Array;
  ratings: Float32Array;
}

/** A small seeded PRNG (mulberry32): the same numbers on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function subset(data: Interactions, rows: ArrayLike<number>): Interactions {
  const n = rows.length;
  const out: Interactions = { nUsers: data.nUsers, nItems: data.nItems, users: new Int32Array(n), items: new Int32Array(n), ratings: new Float32Array(n) };
  for (let j = 0; j < n; j += 1) {
    const r = rows[j];
    out.users[j] = data.users[r];
    out.items[j] = data.items[r];
    out.ratings[j] = data.ratings[r];
  }
  return out;
}

// ---------------------------------------------------------------- popularity

export interface PopularityModel {
  kind: 'popularity';
  /** Interactions per item in train. */
  counts: Float32Array;
  /** Mean rating per item, shrunk toward the global mean (for rating prediction). */
  itemMean: Float32Array;
  globalMean: number;
}

export function fitPopularity(data: Interactions, shrink = 10): PopularityModel {
  const counts = new Float32Array(data.nItems);
  const sums = new Float64Array(data.nItems);
  let total = 0;
  for (let j = 0; j < data.ratings.length; j += 1) {
    counts[data.items[j]] += 1;
    sums[data.items[j]] += data.ratings[j];
    total += data.ratings[j];
  }
  const globalMean = data.ratings.length ? total / data.ratings.length : 3;
  const itemMean = new Float32Array(data.nItems);
  for (let i = 0; i < data.nItems; i += 1) itemMean[i] = (sums[i] + shrink * globalMean) / (counts[i] + shrink);
  return { kind: 'popularity', counts, itemMean, globalMean };
}

// ---------------------------------------------------------------- biased MF

export interface MfParams {
  factors: number;
  epochs: number;
  learningRate: number;
  /** L2 on the factors. */
  reg: number;
  /** L2 on the biases. */
  regBias: number;
  /** Learning-rate decay per epoch (multiplicative). */
  decay: number;
  initStd: number;
  seed: number;
  /** Members fitted from different seeds and averaged (1 = a single model). */
  ensemble?: number;
}

export interface MfModel {
  kind: 'mf';
  factors: number;
  globalMean: number;
  userBias: Float32Array;
  itemBias: Float32Array;
  /** [nUsers * factors], row-major. */
  userFactors: Float32Array;
  /** [nItems * factors], row-major. */
  itemFactors: Float32Array;
  /** Regularisation used when folding in a new user. */
  reg: number;
  regBias: number;
}

export interface EpochReport {
  epoch: number;
  epochs: number;
  loss: number;
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * Biased MF, optionally as an average of `ensemble` members fitted from different seeds. The average
 * of the members' predictions is itself one MF model: biases averaged, factors concatenated and scaled
 * by 1/sqrt(n) (so the dot product is the mean of the members' dot products). Serving and fold-in
 * therefore stay unchanged, and averaging cuts SGD's seed noise (about 0.005 RMSE on MovieLens 100K).
 */
export function fitMf(data: Interactions, p: MfParams, onEpoch?: (e: EpochReport) => void): MfModel {
  const n = Math.max(1, Math.floor(p.ensemble ?? 1));
  if (n === 1) return fitMfMember(data, p, onEpoch);
  const members = Array.from({ length: n }, (_, m) =>
    fitMfMember(data, { ...p, seed: p.seed + m * 101 }, onEpoch && ((e) => onEpoch({ epoch: m * p.epochs + e.epoch, epochs: n * p.epochs, loss: e.loss }))),
  );
  return averageMf(members);
}

/** One MF model that predicts the mean of the members' predictions exactly. */
export function averageMf(members: readonly MfModel[]): MfModel {
  const n = members.length;
  const first = members[0];
  const k = first.factors;
  const nUsers = first.userBias.length;
  const nItems = first.itemBias.length;
  const scale = 1 / Math.sqrt(n);
  const userBias = new Float32Array(nUsers);
  const itemBias = new Float32Array(nItems);
  const userFactors = new Float32Array(nUsers * k * n);
  const itemFactors = new Float32Array(nItems * k * n);
  let globalMean = 0;
  members.forEach((m, idx) => {
    globalMean += m.globalMean / n;
    for (let u = 0; u < nUsers; u += 1) {
      userBias[u] += m.userBias[u] / n;
      for (let f = 0; f < k; f += 1) userFactors[u * k * n + idx * k + f] = m.userFactors[u * k + f] * scale;
    }
    for (let i = 0; i < nItems; i += 1) {
      itemBias[i] += m.itemBias[i] / n;
      for (let f = 0; f < k; f += 1) itemFactors[i * k * n + idx * k + f] = m.itemFactors[i * k + f] * scale;
    }
  });
  return { ...first, factors: k * n, globalMean, userBias, itemBias, userFactors, itemFactors };
}

/** Funk-style biased MF by SGD (as Surprise's SVD), shuffled each epoch with a seeded generator. */
function fitMfMember(data: Interactions, p: MfParams, onEpoch?: (e: EpochReport) => void): MfModel {
  const k = p.factors;
  const random = rng(p.seed);
  const n = data.ratings.length;
  let mean = 0;
  for (let j = 0; j < n; j += 1) mean += data.ratings[j];
  mean = n ? mean / n : 3;
  const bu = new Float32Array(data.nUsers);
  const bi = new Float32Array(data.nItems);
  const P = new Float32Array(data.nUsers * k);
  const Q = new Float32Array(data.nItems * k);
  for (let j = 0; j < P.length; j += 1) P[j] = gaussian(random) * p.initStd;
  for (let j = 0; j < Q.length; j += 1) Q[j] = gaussian(random) * p.initStd;
  const order = new Int32Array(n);
  for (let j = 0; j < n; j += 1) order[j] = j;
  let lr = p.learningRate;
  for (let epoch = 0; epoch < p.epochs; epoch += 1) {
    for (let j = n - 1; j > 0; j -= 1) {
      const s = Math.floor(random() * (j + 1));
      const t = order[j];
      order[j] = order[s];
      order[s] = t;
    }
    let sq = 0;
    for (let o = 0; o < n; o += 1) {
      const r = order[o];
      const u = data.users[r];
      const i = data.items[r];
      const pu = u * k;
      const qi = i * k;
      let dot = 0;
      for (let f = 0; f < k; f += 1) dot += P[pu + f] * Q[qi + f];
      const e = data.ratings[r] - (mean + bu[u] + bi[i] + dot);
      sq += e * e;
      bu[u] += lr * (e - p.regBias * bu[u]);
      bi[i] += lr * (e - p.regBias * bi[i]);
      for (let f = 0; f < k; f += 1) {
        const a = P[pu + f];
        const b = Q[qi + f];
        P[pu + f] += lr * (e * b - p.reg * a);
        Q[qi + f] += lr * (e * a - p.reg * b);
      }
    }
    lr *= p.decay;
    onEpoch?.({ epoch: epoch + 1, epochs: p.epochs, loss: n ? sq / n : 0 });
  }
  return { kind: 'mf', factors: k, globalMean: mean, userBias: bu, itemBias: bi, userFactors: P, itemFactors: Q, reg: p.reg, regBias: p.regBias };
}

export function mfPredict(m: MfModel, user: number, item: number): number {
  const k = m.factors;
  let dot = 0;
  for (let f = 0; f < k; f += 1) dot += m.userFactors[user * k + f] * m.itemFactors[item * k + f];
  return m.globalMean + m.userBias[user] + m.itemBias[item] + dot;
}

/** Solves A x = b for a small symmetric positive definite A (Cholesky), in place on copies. */
export function solveSpd(A: Float64Array, b: Float64Array, n: number): Float64Array {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let s = A[i * n + j];
      for (let q = 0; q < j; q += 1) s -= L[i * n + q] * L[j * n + q];
      L[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / L[j * n + j];
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    let s = b[i];
    for (let q = 0; q < i; q += 1) s -= L[i * n + q] * y[q];
    y[i] = s / L[i * n + i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i -= 1) {
    let s = y[i];
    for (let q = i + 1; q < n; q += 1) s -= L[q * n + i] * x[q];
    x[i] = s / L[i * n + i];
  }
  return x;
}

/**
 * Folds a new user into a trained MF model without retraining: ridge regression of the user's
 * residuals (rating - mean - item bias) on the fixed item factors, with a bias term.
 * Returns the user's bias and factors.
 */
export function mfFoldIn(m: MfModel, rated: readonly { item: number; rating: number }[]): { bias: number; factors: Float32Array } {
  const k = m.factors;
  const d = k + 1; // factors + bias (a column of ones)
  const A = new Float64Array(d * d);
  const b = new Float64Array(d);
  for (const { item, rating } of rated) {
    const x = new Float64Array(d);
    for (let f = 0; f < k; f += 1) x[f] = m.itemFactors[item * k + f];
    x[k] = 1;
    const y = rating - m.globalMean - m.itemBias[item];
    for (let r = 0; r < d; r += 1) {
      b[r] += x[r] * y;
      for (let c = 0; c < d; c += 1) A[r * d + c] += x[r] * x[c];
    }
  }
  const lambda = Math.max(m.reg, 1e-3) * Math.max(rated.length, 1);
  for (let f = 0; f < k; f += 1) A[f * d + f] += lambda;
  A[k * d + k] += Math.max(m.regBias, 1e-3) * Math.max(rated.length, 1) + 1;
  const x = solveSpd(A, b, d);
  return { bias: x[k], factors: Float32Array.from(x.subarray(0, k)) };
}

// ---------------------------------------------------------------- EASE

export interface EaseModel {
  kind: 'ease';
  nItems: number;
  /** [nItems * nItems] item-item weights, zero diagonal: score_j = sum_{i rated} B[i, j]. */
  weights: Float32Array;
  lambda: number;
}

/**
 * EASE^R (Steck 2019): B = I - P diagMat(1 / diag(P)), P = (X^T X + lambda I)^-1, X the binary
 * user-item matrix of train. The inverse is an in-place Gauss-Jordan on the symmetric positive
 * definite Gram matrix (no pivoting needed), n^3 multiply-adds.
 */
export function fitEase(data: Interactions, lambda: number, onProgress?: (fraction: number) => void): EaseModel {
  const n = data.nItems;
  const byUser: number[][] = Array.from({ length: data.nUsers }, () => []);
  const seen = new Set<number>();
  for (let j = 0; j < data.items.length; j += 1) {
    const key = data.users[j] * n + data.items[j];
    if (seen.has(key)) continue;
    seen.add(key);
    byUser[data.users[j]].push(data.items[j]);
  }
  const G = new Float64Array(n * n);
  for (const items of byUser) {
    for (const a of items) {
      const row = a * n;
      for (const b of items) G[row + b] += 1;
    }
  }
  for (let i = 0; i < n; i += 1) G[i * n + i] += lambda;
  invertSpdInPlace(G, n, onProgress);
  const B = new Float32Array(n * n);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) B[i * n + j] = i === j ? 0 : -G[i * n + j] / G[j * n + j];
  }
  return { kind: 'ease', nItems: n, weights: B, lambda };
}

export function invertSpdInPlace(M: Float64Array, n: number, onProgress?: (fraction: number) => void): void {
  const pivotRow = new Float64Array(n);
  for (let p = 0; p < n; p += 1) {
    const pp = p * n;
    const pivot = M[pp + p];
    const inv = 1 / pivot;
    for (let j = 0; j < n; j += 1) pivotRow[j] = M[pp + j] * inv;
    pivotRow[p] = inv;
    for (let i = 0; i < n; i += 1) {
      if (i === p) continue;
      const ii = i * n;
      const f = M[ii + p];
      if (f === 0) continue;
      for (let j = 0; j < n; j += 1) M[ii + j] -= f * pivotRow[j];
      M[ii + p] = -f * inv;
    }
    for (let j = 0; j < n; j += 1) M[pp + j] = pivotRow[j];
    if (onProgress && (p & 63) === 0) onProgress(p / n);
  }
  onProgress?.(1);
}

/** Scores every item for a user given the items they rated (positives). */
export function easeScores(m: EaseModel, rated: readonly number[], weights?: readonly number[]): Float32Array {
  const n = m.nItems;
  const out = new Float32Array(n);
  rated.forEach((i, idx) => {
    const w = weights ? weights[idx] : 1;
    const row = i * n;
    for (let j = 0; j < n; j += 1) out[j] += w * m.weights[row + j];
  });
  return out;
}
