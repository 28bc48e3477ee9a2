// Argument checks shared by the metrics. A metric fed mismatched or malformed arrays would still
// return a number, just a wrong one, so the checks throw instead, with the offending position.

export function assertSameLength(name: string, first: ArrayLike<unknown>, second: ArrayLike<unknown>): void {
  if (first.length !== second.length) {
    throw new RangeError(`${name}: the inputs differ in length (${first.length} and ${second.length})`);
  }
}

export function assertNonEmpty(name: string, values: ArrayLike<unknown>): void {
  if (values.length === 0) throw new RangeError(`${name}: needs at least one value`);
}

/** Binary labels are 0 (negative) or 1 (positive); anything else is a caller error. */
export function assertBinaryLabels(name: string, labels: ArrayLike<number>): void {
  for (let index = 0; index < labels.length; index += 1) {
    const label = labels[index];
    if (label !== 0 && label !== 1) {
      throw new RangeError(`${name}: labels must be 0 or 1, got ${String(label)} at index ${index}`);
    }
  }
}

export function assertFiniteValues(name: string, values: ArrayLike<number>): void {
  for (let index = 0; index < values.length; index += 1) {
    if (!Number.isFinite(values[index])) {
      throw new RangeError(`${name}: values must be finite numbers, got ${String(values[index])} at index ${index}`);
    }
  }
}

export function assertProbabilities(name: string, values: ArrayLike<number>): void {
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index];
    if (!(value >= 0 && value <= 1)) {
      throw new RangeError(`${name}: probabilities must lie in [0, 1], got ${String(value)} at index ${index}`);
    }
  }
}

export function assertPositiveInteger(name: string, what: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${name}: ${what} must be a positive integer, got ${String(value)}`);
  }
}

export function countPositives(labels: ArrayLike<number>): number {
  let positives = 0;
  for (let index = 0; index < labels.length; index += 1) positives += labels[index];
  return positives;
}

export function mean(values: ArrayLike<number>): number {
  let total = 0;
  for (let index = 0; index < values.length; index += 1) total += values[index];
  return total / values.length;
}

/** Mean of the values that are not NaN; NaN when none is. Per-user metrics use NaN for "undefined". */
export function meanDefined(values: ArrayLike<number>): number {
  let total = 0;
  let count = 0;
  for (let index = 0; index < values.length; index += 1) {
    if (!Number.isNaN(values[index])) {
      total += values[index];
      count += 1;
    }
  }
  return count === 0 ? Number.NaN : total / count;
}
