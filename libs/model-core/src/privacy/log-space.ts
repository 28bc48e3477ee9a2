// Arithmetic on numbers kept as their logarithms. The RDP of the sampled Gaussian mechanism sums
// terms such as exp(512 * 511 / (2 sigma^2)) that overflow a double long before the sum is formed,
// so every sum and difference here is taken in log space; -Infinity stands for zero.

/** log(exp(x) + exp(y)) without overflow. */
export function logAdd(x: number, y: number): number {
  const low = Math.min(x, y);
  const high = Math.max(x, y);
  if (low === -Infinity) return high;
  return Math.log1p(Math.exp(low - high)) + high;
}

/** log(exp(x) - exp(y)); the difference must not be negative. */
export function logSub(x: number, y: number): number {
  if (x < y) throw new RangeError('logSub: the result of the subtraction would be negative.');
  if (y === -Infinity) return x;
  if (x === y) return -Infinity;
  const gap = x - y;
  // expm1 overflows past ~709: then exp(y) is negligible next to exp(x).
  if (gap > 700) return x;
  return Math.log(Math.expm1(gap)) + y;
}

const INV_SQRT_PI = 1 / Math.sqrt(Math.PI);

/**
 * erf(x) for 0 <= x <= 3 from the series erf(x) = 2/sqrt(pi) exp(-x^2) sum 2^n x^(2n+1) / (2n+1)!!,
 * whose terms are all positive, so it loses nothing to cancellation.
 */
function erfSeries(x: number): number {
  const twoXSquared = 2 * x * x;
  let term = x;
  let sum = x;
  for (let n = 0; n < 200; n += 1) {
    term *= twoXSquared / (2 * n + 3);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return 2 * INV_SQRT_PI * Math.exp(-x * x) * sum;
}

/**
 * erfc(x) * exp(x^2) * sqrt(pi) for x >= 2.5, by the continued fraction
 * 1 / (x + (1/2) / (x + 1 / (x + (3/2) / (x + ...)))) evaluated from the tail (fixed depth: at
 * x >= 2.5 two hundred levels agree with the limit to the last bit).
 */
function erfcScaledContinuedFraction(x: number): number {
  let tail = x;
  for (let level = 200; level >= 1; level -= 1) tail = x + level / 2 / tail;
  return 1 / tail;
}

/** log(erfc(x)), accurate in the far tail where erfc(x) itself underflows. */
export function logErfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x === Infinity) return -Infinity;
  if (x === -Infinity) return Math.log(2);
  if (x < 0) {
    // erfc(x) = 2 - erfc(-x), which lies in (1, 2]: no precision is at stake.
    return Math.log(2 - Math.exp(logErfc(-x)));
  }
  if (x < 2.5) return Math.log1p(-erfSeries(x));
  return -x * x + Math.log(erfcScaledContinuedFraction(x) * INV_SQRT_PI);
}

/** erfc(x) (underflows to 0 past x ~ 26.5; use logErfc there). */
export function erfc(x: number): number {
  return Math.exp(logErfc(x));
}
