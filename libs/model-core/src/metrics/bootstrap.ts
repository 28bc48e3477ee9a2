// Percentile bootstrap confidence intervals for any metric computed over paired arrays (labels and
// scores, true and predicted values, per-user scores...). Seeded, so the same call gives the same
// interval everywhere, which keeps reports and tests reproducible.
import { createSeededRandom } from '../seeded-random';
import { assertPositiveInteger } from './input-checks';

export interface BootstrapOptions {
  /** Number of resamples. Default 1000. */
  resamples?: number;
  /** Coverage of the interval. Default 0.95. */
  level?: number;
  /** Seed of the resampling. Default 0. */
  seed?: number;
}

export interface BootstrapInterval {
  /** The metric on the full data. */
  estimate: number;
  lower: number;
  upper: number;
  level: number;
  /** Resamples drawn. */
  resamples: number;
  /**
   * Resamples whose metric was not finite (e.g. ROC AUC of a resample holding one class) and so
   * were left out of the percentiles. Use the stratified variant to avoid them.
   */
  discarded: number;
}

type PairedArrays = readonly (readonly unknown[])[];

/** Quantile with linear interpolation between order statistics (numpy's default, "type 7"). */
export function quantileSorted(sorted: readonly number[], probability: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

function checkArrays(name: string, arrays: PairedArrays): number {
  if (arrays.length === 0) throw new RangeError(`${name}: needs at least one array`);
  const length = arrays[0].length;
  if (length === 0) throw new RangeError(`${name}: the arrays are empty`);
  for (const array of arrays) {
    if (array.length !== length) throw new RangeError(`${name}: the paired arrays differ in length`);
  }
  return length;
}

function checkOptions(name: string, options: BootstrapOptions): Required<BootstrapOptions> {
  const resamples = options.resamples ?? 1000;
  const level = options.level ?? 0.95;
  assertPositiveInteger(name, 'resamples', resamples);
  if (!(level > 0 && level < 1)) throw new RangeError(`${name}: level must lie in (0, 1)`);
  return { resamples, level, seed: options.seed ?? 0 };
}

function interval(
  estimate: number,
  draws: (random: () => number) => number,
  settings: Required<BootstrapOptions>,
): BootstrapInterval {
  const random = createSeededRandom(settings.seed);
  const values: number[] = [];
  for (let draw = 0; draw < settings.resamples; draw += 1) {
    const value = draws(random);
    if (Number.isFinite(value)) values.push(value);
  }
  values.sort((first, second) => first - second);
  const tail = (1 - settings.level) / 2;
  return {
    estimate,
    lower: quantileSorted(values, tail),
    upper: quantileSorted(values, 1 - tail),
    level: settings.level,
    resamples: settings.resamples,
    discarded: settings.resamples - values.length,
  };
}

function pick<A extends PairedArrays>(arrays: A, indices: readonly number[]): A {
  return arrays.map((array) => indices.map((index) => array[index])) as unknown as A;
}

/**
 * Resamples the positions of the paired arrays with replacement (the same positions in every
 * array, so pairs stay together) and reports the percentile interval of the metric.
 *
 *   bootstrapCi([labels, scores], rocAuc, { seed: 7 })
 */
export function bootstrapCi<A extends PairedArrays>(
  arrays: A,
  metric: (...resampled: A) => number,
  options: BootstrapOptions = {},
): BootstrapInterval {
  const length = checkArrays('bootstrapCi', arrays);
  const settings = checkOptions('bootstrapCi', options);
  const indices = new Array<number>(length);
  return interval(
    metric(...arrays),
    (random) => {
      for (let position = 0; position < length; position += 1) indices[position] = Math.floor(random() * length);
      return metric(...pick(arrays, indices));
    },
    settings,
  );
}

/**
 * Like `bootstrapCi`, but resamples within each stratum (e.g. each class label), so every resample
 * keeps the strata sizes of the data: a rare class never vanishes from a resample.
 */
export function stratifiedBootstrapCi<A extends PairedArrays>(
  arrays: A,
  metric: (...resampled: A) => number,
  strata: readonly (string | number | boolean)[],
  options: BootstrapOptions = {},
): BootstrapInterval {
  const length = checkArrays('stratifiedBootstrapCi', arrays);
  if (strata.length !== length) throw new RangeError('stratifiedBootstrapCi: strata differ in length from the arrays');
  const settings = checkOptions('stratifiedBootstrapCi', options);
  const groups = new Map<string | number | boolean, number[]>();
  strata.forEach((stratum, index) => {
    const group = groups.get(stratum);
    if (group) group.push(index);
    else groups.set(stratum, [index]);
  });
  const members = [...groups.values()];
  const indices = new Array<number>(length);
  return interval(
    metric(...arrays),
    (random) => {
      let position = 0;
      for (const group of members) {
        for (let draw = 0; draw < group.length; draw += 1) {
          indices[position] = group[Math.floor(random() * group.length)];
          position += 1;
        }
      }
      return metric(...pick(arrays, indices));
    },
    settings,
  );
}
