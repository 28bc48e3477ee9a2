// Seeded randomness that gives the same sequence on every machine and in the browser (seedrandom's
// ARC4 generator is specified bit for bit).
import seedrandom from 'seedrandom';

export type Rng = () => number;

export function createRng(seed: string): Rng {
  const prng = seedrandom(seed);
  return () => prng.quick();
}

/** Fisher-Yates shuffle in place. */
export function shuffleInPlace<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
  return items;
}
