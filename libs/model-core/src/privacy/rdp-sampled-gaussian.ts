// Rényi differential privacy of the sampled Gaussian mechanism (Poisson sampling with rate q,
// Gaussian noise of standard deviation sigma times the L2 sensitivity), computed the way
// TensorFlow Privacy's compute_rdp does: Mironov, Talwar and Zhang (2019), "Rényi Differential
// Privacy of the Sampled Gaussian Mechanism", Section 3.3 — an exact finite sum for integer orders
// and the two-sided series with erfc tails for fractional ones. Neighbouring data sets differ by
// adding or removing one example.
import { logAdd, logErfc, logSub } from './log-space';

/**
 * The orders TensorFlow Privacy's compute_dp_sgd_privacy searches:
 * [1.25, 1.5, 1.75, 2, 2.25, 2.5, 3, 3.5, 4, 4.5] + 5..63 + [128, 256, 512].
 */
export const DEFAULT_RDP_ORDERS: readonly number[] = Object.freeze([
  1.25, 1.5, 1.75, 2, 2.25, 2.5, 3, 3.5, 4, 4.5,
  ...Array.from({ length: 59 }, (_, index) => index + 5),
  128, 256, 512,
]);

/** log(A_alpha) for integer alpha: sum_i C(alpha,i) q^i (1-q)^(alpha-i) exp((i^2 - i) / (2 sigma^2)). */
function logAInteger(q: number, sigma: number, alpha: number): number {
  const logQ = Math.log(q);
  const log1MinusQ = Math.log1p(-q);
  let logA = -Infinity;
  // log C(alpha, i) by the recurrence C(alpha, i+1) = C(alpha, i) (alpha - i) / (i + 1): the
  // rounding it accumulates stays near 1e-11 at alpha = 512, far below what the result needs.
  let logBinomial = 0;
  for (let i = 0; i <= alpha; i += 1) {
    if (i > 0) logBinomial += Math.log((alpha - i + 1) / i);
    const logCoefficient = logBinomial + i * logQ + (alpha - i) * log1MinusQ;
    logA = logAdd(logA, logCoefficient + (i * i - i) / (2 * sigma * sigma));
  }
  return logA;
}

/**
 * log(A_alpha) for fractional alpha: the integral split at z0 where the two Gaussians' mixture
 * ratio crosses, each side a series in generalised binomial coefficients (whose sign alternates
 * once i > alpha), summed until both new terms fall below e^-30.
 */
function logAFractional(q: number, sigma: number, alpha: number): number {
  let logA0 = -Infinity;
  let logA1 = -Infinity;
  const z0 = sigma * sigma * Math.log(1 / q - 1) + 0.5;
  const logQ = Math.log(q);
  const log1MinusQ = Math.log1p(-q);
  const sqrt2Sigma = Math.SQRT2 * sigma;
  // C(alpha, i) by the recurrence C(alpha, i+1) = C(alpha, i) (alpha - i) / (i + 1), kept as a
  // log magnitude and a sign so large i neither overflows nor loses the sign.
  let logAbsCoefficient = 0;
  let coefficientPositive = true;
  for (let i = 0; ; i += 1) {
    if (i > 0) {
      const factor = (alpha - (i - 1)) / i;
      logAbsCoefficient += Math.log(Math.abs(factor));
      if (factor < 0) coefficientPositive = !coefficientPositive;
    }
    const j = alpha - i;
    const logT0 = logAbsCoefficient + i * logQ + j * log1MinusQ;
    const logT1 = logAbsCoefficient + j * logQ + i * log1MinusQ;
    const logE0 = Math.log(0.5) + logErfc((i - z0) / sqrt2Sigma);
    const logE1 = Math.log(0.5) + logErfc((z0 - j) / sqrt2Sigma);
    const logS0 = logT0 + (i * i - i) / (2 * sigma * sigma) + logE0;
    const logS1 = logT1 + (j * j - j) / (2 * sigma * sigma) + logE1;
    if (coefficientPositive) {
      logA0 = logAdd(logA0, logS0);
      logA1 = logAdd(logA1, logS1);
    } else {
      logA0 = logSub(logA0, logS0);
      logA1 = logSub(logA1, logS1);
    }
    if (Math.max(logS0, logS1) < -30) break;
  }
  return logAdd(logA0, logA1);
}

function checkMechanism(q: number, noiseMultiplier: number): void {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`The sampling rate q must lie in [0, 1]; got ${q}.`);
  if (!(noiseMultiplier >= 0)) {
    throw new RangeError(`The noise multiplier must be >= 0; got ${noiseMultiplier}.`);
  }
}

/** RDP of one step of the sampled Gaussian mechanism at one order (may be Infinity). */
export function rdpOfOneStep(q: number, noiseMultiplier: number, order: number): number {
  checkMechanism(q, noiseMultiplier);
  if (!(order > 1)) throw new RangeError(`RDP orders must be > 1; got ${order}.`);
  if (q === 0) return 0;
  if (order === Infinity || noiseMultiplier === 0) return Infinity;
  // Without sampling the mechanism is the plain Gaussian one: alpha / (2 sigma^2).
  if (q === 1) return order / (2 * noiseMultiplier * noiseMultiplier);
  const logA = Number.isInteger(order)
    ? logAInteger(q, noiseMultiplier, order)
    : logAFractional(q, noiseMultiplier, order);
  return logA / (order - 1);
}

/** RDP at each order after `steps` compositions (RDP adds up over adaptive composition). */
export function computeRdp(
  q: number,
  noiseMultiplier: number,
  steps: number,
  orders: readonly number[] = DEFAULT_RDP_ORDERS,
): number[] {
  if (!(steps >= 0)) throw new RangeError(`steps must be >= 0; got ${steps}.`);
  return orders.map((order) => {
    const perStep = rdpOfOneStep(q, noiseMultiplier, order);
    return steps === 0 ? 0 : perStep * steps;
  });
}
