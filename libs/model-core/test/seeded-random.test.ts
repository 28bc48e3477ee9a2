import { createSeededRandom, shuffleInPlace } from '../src/seeded-random';

describe('seeded randomness', () => {
  it('repeats for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createSeededRandom(seed));
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    for (const value of draw(3)) expect(value >= 0 && value < 1).toBe(true);
  });

  it('shuffles the same way for the same seed and keeps every item', () => {
    const order = (seed: number) => shuffleInPlace([1, 2, 3, 4, 5, 6, 7, 8], createSeededRandom(seed));
    expect(order(9)).toEqual(order(9));
    expect([...order(9)].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
