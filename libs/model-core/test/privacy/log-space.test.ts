// The log-space helpers the accountant's fractional orders rest on, against reference values from
// scipy.special (erfc, and log erfc(x) = log 2 + log_ndtr(-x sqrt 2) in the far tail, which is what
// TensorFlow Privacy's _log_erfc computes).
import { erfc, logAdd, logErfc, logSub } from '../../src/privacy/log-space';

describe('log-space arithmetic', () => {
  it('adds and subtracts without overflow', () => {
    expect(logAdd(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 14);
    expect(logAdd(-Infinity, 1.5)).toBe(1.5);
    expect(logAdd(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logSub(Math.log(5), Math.log(3))).toBeCloseTo(Math.log(2), 14);
    expect(logSub(2, 2)).toBe(-Infinity);
    expect(logSub(800, 10)).toBe(800);
    expect(() => logSub(1, 2)).toThrow(RangeError);
  });

  it('computes erfc and its logarithm into the far tail', () => {
    expect(erfc(0)).toBe(1);
    expect(erfc(0.5)).toBeCloseTo(0.4795001221869535, 15);
    expect(erfc(1)).toBeCloseTo(0.15729920705028516, 15);
    expect(erfc(-1)).toBeCloseTo(1.8427007929497148, 15);
    expect(erfc(3) / 2.2090496998585445e-5).toBeCloseTo(1, 12);
    expect(logErfc(10)).toBeCloseTo(-102.87988902484493, 10);
    expect(logErfc(30)).toBeCloseTo(-903.9741171106442, 9);
    expect(logErfc(1000)).toBeCloseTo(-1000007.4801207221, 6);
    expect(logErfc(-Infinity)).toBeCloseTo(Math.LN2, 15);
    expect(logErfc(Infinity)).toBe(-Infinity);
  });
});
