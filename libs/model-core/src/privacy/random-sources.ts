// Randomness for privacy mechanisms and data partitions. The privacy guarantee needs noise that an
// attacker cannot predict: without a seed the noise comes from crypto.getRandomValues (present in
// browsers and Node 20). A seed makes runs reproducible (tests, comparisons) and must not be used
// for a release whose privacy matters, since whoever knows the seed can subtract the noise.
import { createSeededRandom } from '../seeded-random';

export type UniformSource = () => number;

const UINT32_RANGE = 4294967296;

/** Uniform numbers in (0, 1) from the platform's cryptographic generator, drawn in blocks. */
export function createCryptoUniform(): UniformSource {
  const cryptoApi = (globalThis as { crypto?: { getRandomValues<T extends ArrayBufferView>(array: T): T } }).crypto;
  if (!cryptoApi?.getRandomValues) {
    throw new Error('crypto.getRandomValues is not available: pass a seed (reproducible, not private).');
  }
  const block = new Uint32Array(1024);
  let next = block.length;
  return () => {
    if (next === block.length) {
      cryptoApi.getRandomValues(block);
      next = 0;
    }
    const value = block[next];
    next += 1;
    return (value + 0.5) / UINT32_RANGE;
  };
}

/** A seeded uniform source in (0, 1) (never exactly 0, so logarithms stay finite). */
export function createSeededUniform(seed: number): UniformSource {
  const random = createSeededRandom(seed);
  return () => (Math.floor(random() * UINT32_RANGE) + 0.5) / UINT32_RANGE;
}

/** Seeded when a seed is given, cryptographic otherwise. */
export function createUniform(seed?: number): UniformSource {
  return seed === undefined ? createCryptoUniform() : createSeededUniform(seed);
}

/** Standard normal samples by the Box-Muller transform, two per pair of uniforms. */
export function createStandardNormal(uniform: UniformSource): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    const radius = Math.sqrt(-2 * Math.log(uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}

/** Fills a Float32Array with N(0, stdDev^2) samples. */
export function gaussianArray(size: number, stdDev: number, normal: () => number): Float32Array {
  const values = new Float32Array(size);
  for (let index = 0; index < size; index += 1) values[index] = normal() * stdDev;
  return values;
}

/** Gamma(shape, 1) by Marsaglia and Tsang (2000); shapes below 1 via Gamma(shape + 1) * U^(1/shape). */
export function sampleGamma(shape: number, uniform: UniformSource, normal: () => number): number {
  if (!(shape > 0)) throw new RangeError(`The gamma shape must be > 0; got ${shape}.`);
  if (shape < 1) return sampleGamma(shape + 1, uniform, normal) * Math.pow(uniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = uniform();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A draw from the symmetric Dirichlet distribution Dir(alpha, ..., alpha) over `size` parts. */
export function sampleSymmetricDirichlet(
  size: number,
  alpha: number,
  uniform: UniformSource,
  normal: () => number,
): number[] {
  const draws = Array.from({ length: size }, () => sampleGamma(alpha, uniform, normal));
  const total = draws.reduce((sum, value) => sum + value, 0);
  // With a tiny alpha every draw can underflow to 0: put the whole mass on one part at random.
  if (total === 0) {
    const chosen = Math.min(size - 1, Math.floor(uniform() * size));
    return draws.map((_, index) => (index === chosen ? 1 : 0));
  }
  return draws.map((value) => value / total);
}
