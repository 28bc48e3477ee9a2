// From RDP at several orders to an (epsilon, delta) guarantee: each order gives a bound, the best
// one is reported with the order it came from.
//
// - 'classic': Mironov (2017), "Rényi Differential Privacy", Proposition 3:
//     epsilon = rdp - log(delta) / (alpha - 1).
//   TensorFlow Privacy's early releases used it; its published MNIST figure (3.01) comes from it.
// - 'improved': Balle et al. (2020), "Hypothesis Testing Interpretations and Rényi Differential
//   Privacy", Theorem 21; Canonne, Kamath and Steinke (2020), "The Discrete Gaussian for
//   Differential Privacy", Proposition 12 (arXiv 2004.00010); also arXiv 2001.05990, Equation 20:
//     epsilon = rdp + log1p(-1/alpha) - (log(delta) + log(alpha)) / (alpha - 1),
//   plus the KL bound delta <= sqrt(1 - exp(-rdp)) that gives epsilon = 0 when it already holds.
//   Newer TensorFlow Privacy and Google's dp_accounting use it; at every order above 1.01 it is
//   below the classic bound, and it is this library's headline.

export type RdpConversion = 'improved' | 'classic';

export interface EpsilonAtOrder {
  epsilon: number;
  /** The RDP order whose bound is reported. */
  order: number;
}

function checkLengths(orders: readonly number[], rdp: readonly number[]): void {
  if (orders.length !== rdp.length || orders.length === 0) {
    throw new RangeError('orders and rdp must be non-empty and of the same length.');
  }
}

function epsilonBoundAtOrder(order: number, rdp: number, delta: number, conversion: RdpConversion): number {
  if (order <= 1) throw new RangeError(`RDP orders must be > 1; got ${order}.`);
  if (rdp < 0) throw new RangeError(`RDP cannot be negative; got ${rdp}.`);
  if (rdp === Infinity) return Infinity;
  if (conversion === 'classic') return rdp - Math.log(delta) / (order - 1);
  if (delta * delta + Math.expm1(-rdp) > 0) return 0;
  // The bound is numerically unstable as alpha -> 1, and useless there anyway.
  if (order <= 1.01) return Infinity;
  return rdp + Math.log1p(-1 / order) - Math.log(delta * order) / (order - 1);
}

/** The smallest epsilon any order certifies for the given delta. */
export function epsilonFromRdp(
  orders: readonly number[],
  rdp: readonly number[],
  delta: number,
  conversion: RdpConversion = 'improved',
): EpsilonAtOrder {
  checkLengths(orders, rdp);
  if (!(delta > 0 && delta < 1)) throw new RangeError(`delta must lie in (0, 1); got ${delta}.`);
  let best: EpsilonAtOrder = { epsilon: Infinity, order: orders[0] };
  orders.forEach((order, index) => {
    const epsilon = epsilonBoundAtOrder(order, rdp[index], delta, conversion);
    if (epsilon < best.epsilon) best = { epsilon, order };
  });
  return { epsilon: Math.max(0, best.epsilon), order: best.order };
}

/** The smallest delta any order certifies for the given epsilon (the inverse direction). */
export function deltaFromRdp(
  orders: readonly number[],
  rdp: readonly number[],
  epsilon: number,
  conversion: RdpConversion = 'improved',
): { delta: number; order: number } {
  checkLengths(orders, rdp);
  if (!(epsilon >= 0)) throw new RangeError(`epsilon must be >= 0; got ${epsilon}.`);
  let bestLogDelta = Infinity;
  let bestOrder = orders[0];
  orders.forEach((order, index) => {
    const r = rdp[index];
    if (order <= 1) throw new RangeError(`RDP orders must be > 1; got ${order}.`);
    if (r < 0) throw new RangeError(`RDP cannot be negative; got ${r}.`);
    let logDelta: number;
    if (conversion === 'classic') {
      logDelta = (r - epsilon) * (order - 1);
    } else {
      logDelta = r === 0 ? -Infinity : 0.5 * Math.log1p(-Math.exp(-r));
      if (order > 1.01) {
        logDelta = Math.min(logDelta, (order - 1) * (r - epsilon + Math.log1p(-1 / order)) - Math.log(order));
      }
    }
    if (logDelta < bestLogDelta) {
      bestLogDelta = logDelta;
      bestOrder = order;
    }
  });
  return { delta: Math.min(Math.exp(bestLogDelta), 1), order: bestOrder };
}
