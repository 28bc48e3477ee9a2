// Helpers of the sample generators. They use only arithmetic on the seeded uniform generator (no
// Math.log/exp/cos, whose last bits may differ between JavaScript engines), so a sample is the same
// everywhere.
import { createRng, type Rng } from '../split/rng';

const floor = Math.floor;

export interface SampleRandom {
  uniform: Rng;
  /** Approximately standard normal (Irwin-Hall sum of 6 uniforms). */
  normal(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
  chance(p: number): boolean;
}

export function sampleRandom(seed: string): SampleRandom {
  const uniform = createRng(seed);
  return {
    uniform,
    normal() {
      let s = 0;
      for (let i = 0; i < 6; i++) s += uniform();
      return (s - 3) * 1.4142135623730951;
    },
    int(min, max) {
      return min + floor(uniform() * (max - min + 1));
    },
    pick(items) {
      return items[floor(uniform() * items.length)];
    },
    weighted(items) {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let r = uniform() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return items[items.length - 1][0];
    },
    chance(p) {
      return uniform() < p;
    },
  };
}

/** A smooth 0..1 squashing function without exp(): 0.5 + x / (2 (1 + |x|)). */
export function squash(x: number): number {
  return 0.5 + x / (2 * (1 + Math.abs(x)));
}

export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}
