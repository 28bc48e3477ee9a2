// The privacy ledger of a training run: RDP adds up over (adaptive) composition, so the accountant
// keeps one running RDP total per order and converts to (epsilon, delta) when asked.
import { deltaFromRdp, epsilonFromRdp, type RdpConversion } from './rdp-conversion';
import { computeRdp, DEFAULT_RDP_ORDERS } from './rdp-sampled-gaussian';

export interface PrivacySpent {
  epsilon: number;
  delta: number;
  /** The order that gave the reported epsilon (at an end of the list: widen the orders). */
  optimalOrder: number;
  conversion: RdpConversion;
  /** The same guarantee under the other conversion, for comparison with older published figures. */
  epsilonClassic: number;
}

export class RdpAccountant {
  readonly orders: readonly number[];
  private readonly totals: number[];
  private stepCount = 0;
  // A training run composes the same (q, sigma) step thousands of times: its per-step RDP is
  // computed once (the integer orders up to 512 cost milliseconds) and reused.
  private readonly perStepCache = new Map<string, number[]>();

  constructor(orders: readonly number[] = DEFAULT_RDP_ORDERS) {
    if (orders.length === 0) throw new RangeError('The accountant needs at least one RDP order.');
    this.orders = Object.freeze([...orders]);
    this.totals = orders.map(() => 0);
  }

  /** Records `steps` runs of the sampled Gaussian mechanism with rate q and the noise multiplier. */
  compose(q: number, noiseMultiplier: number, steps = 1): this {
    if (!(steps >= 0)) throw new RangeError(`steps must be >= 0; got ${steps}.`);
    if (steps === 0) return this;
    const key = `${q}|${noiseMultiplier}`;
    let perStep = this.perStepCache.get(key);
    if (!perStep) {
      perStep = computeRdp(q, noiseMultiplier, 1, this.orders);
      this.perStepCache.set(key, perStep);
    }
    perStep.forEach((value, index) => {
      this.totals[index] += value * steps;
    });
    this.stepCount += steps;
    return this;
  }

  /** Total mechanism runs recorded so far. */
  get steps(): number {
    return this.stepCount;
  }

  /** The RDP totals, one per order. */
  rdp(): number[] {
    return [...this.totals];
  }

  getPrivacySpent(delta: number, conversion: RdpConversion = 'improved'): PrivacySpent {
    const headline = epsilonFromRdp(this.orders, this.totals, delta, conversion);
    const classic =
      conversion === 'classic' ? headline : epsilonFromRdp(this.orders, this.totals, delta, 'classic');
    return {
      epsilon: headline.epsilon,
      delta,
      optimalOrder: headline.order,
      conversion,
      epsilonClassic: classic.epsilon,
    };
  }

  getEpsilon(delta: number, conversion: RdpConversion = 'improved'): number {
    return epsilonFromRdp(this.orders, this.totals, delta, conversion).epsilon;
  }

  getDelta(epsilon: number, conversion: RdpConversion = 'improved'): number {
    return deltaFromRdp(this.orders, this.totals, epsilon, conversion).delta;
  }
}

export interface DpSgdPrivacyQuery {
  /** Sampling rate per step: expected batch size / number of examples. */
  q: number;
  noiseMultiplier: number;
  steps: number;
  delta: number;
  orders?: readonly number[];
  conversion?: RdpConversion;
}

/** (epsilon, delta) after `steps` DP-SGD steps with Poisson sampling rate q. */
export function computeDpSgdPrivacy(query: DpSgdPrivacyQuery): PrivacySpent {
  return new RdpAccountant(query.orders)
    .compose(query.q, query.noiseMultiplier, query.steps)
    .getPrivacySpent(query.delta, query.conversion);
}

/** TensorFlow Privacy's convention: q = batchSize / n and steps = ceil(epochs * n / batchSize). */
export function dpSgdSteps(examples: number, batchSize: number, epochs: number): number {
  return Math.ceil((epochs * examples) / batchSize);
}

export interface NoiseSearch extends Omit<DpSgdPrivacyQuery, 'noiseMultiplier'> {
  targetEpsilon: number;
  /** Relative precision of the returned multiplier (default 1e-4). */
  tolerance?: number;
  /** Upper end of the search; without it the bracket starts at 1 and doubles until it suffices. */
  maxNoise?: number;
}

export interface NoiseFound {
  noiseMultiplier: number;
  /** The epsilon the returned multiplier achieves: never above the target. */
  epsilon: number;
  optimalOrder: number;
}

/**
 * The smallest noise multiplier (within the tolerance) whose epsilon is at most the target, by
 * bisection as in TensorFlow Privacy's compute_noise: epsilon falls as the noise grows, so the
 * upper end of the bracket always meets the target, and it is what is returned.
 */
export function findNoiseMultiplier(search: NoiseSearch): NoiseFound {
  const { targetEpsilon, tolerance = 1e-4 } = search;
  if (!(targetEpsilon > 0)) throw new RangeError(`The target epsilon must be > 0; got ${targetEpsilon}.`);
  const spentAt = (noiseMultiplier: number): PrivacySpent =>
    computeDpSgdPrivacy({ ...search, noiseMultiplier });

  let low = 0;
  let high = search.maxNoise ?? 1;
  let highSpent = spentAt(high);
  for (let doubling = 0; highSpent.epsilon > targetEpsilon; doubling += 1) {
    if (search.maxNoise !== undefined || doubling >= 40) {
      throw new RangeError(
        `No noise multiplier up to ${high} reaches epsilon ${targetEpsilon} (it gives ${highSpent.epsilon}).`,
      );
    }
    low = high;
    high *= 2;
    highSpent = spentAt(high);
  }
  while (high - low > tolerance * high) {
    const middle = (low + high) / 2;
    const spent = spentAt(middle);
    if (spent.epsilon <= targetEpsilon) {
      high = middle;
      highSpent = spent;
    } else {
      low = middle;
    }
  }
  return { noiseMultiplier: high, epsilon: highSpent.epsilon, optimalOrder: highSpent.optimalOrder };
}
