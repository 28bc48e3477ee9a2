import { psi, psiAgainst, psiLevelOf, psiReference, stabilityOf } from '../../src/domain/monitoring';

describe('population stability index', () => {
  it('matches the formula worked out by hand', () => {
    // (0.3 - 0.5) ln(0.3/0.5) + (0.7 - 0.5) ln(0.7/0.5) = 0.2 * 0.5108256 + 0.2 * 0.3364722 = 0.1694596
    expect(psi([0.5, 0.5], [0.3, 0.7])).toBeCloseTo(0.1694596, 6);
    expect(psi([0.25, 0.25, 0.5], [0.25, 0.25, 0.5])).toBe(0);
  });

  it('floors empty bins so the index stays finite', () => {
    // (1e-4 - 0.5) ln(1e-4 / 0.5) + (1 - 0.5) ln(1 / 0.5) = 0.4999 * 8.5171932 + 0.5 * 0.6931472 = 4.2577 + 0.3466 = 4.6043
    expect(psi([0.5, 0.5], [0, 1])).toBeCloseTo(4.6043, 3);
  });

  it('cuts at the training deciles and counts new values into the same bins', () => {
    const training = Array.from({ length: 100 }, (_, i) => i);
    const ref = psiReference('x', 'X', training);
    expect(ref.cuts).toHaveLength(9);
    expect(ref.expected.reduce((s, e) => s + e, 0)).toBeCloseTo(1, 12);
    expect(psiAgainst(ref, training).psi).toBeCloseTo(0, 12);
    const shifted = psiAgainst(ref, training.map((x) => x + 50));
    expect(shifted.level).toBe('major');
    expect(shifted.bins[shifted.bins.length - 1].actual).toBeGreaterThan(0.5);
  });

  it('reads the usual bands', () => {
    expect([0.05, 0.1, 0.2, 0.25, 0.4].map(psiLevelOf)).toEqual(['stable', 'moderate', 'moderate', 'major', 'major']);
  });

  it('monitors fields of the logged rows and the PDs', () => {
    const refs = [psiReference('AGE', 'Age', [20, 30, 40, 50]), psiReference('pd', 'PD', [0.1, 0.2, 0.3, 0.4])];
    const results = stabilityOf(refs, [{ AGE: 20 }, { AGE: 30 }, { AGE: 40 }, { AGE: 50 }], [0.1, 0.2, 0.3, 0.4]);
    expect(results.map((r) => r.psi)).toEqual([0, 0]);
  });
});
