// Regression errors, e.g. for predicted ratings.
import { assertFiniteValues, assertNonEmpty, assertSameLength } from './input-checks';

function checkPairs(name: string, yTrue: readonly number[], yPred: readonly number[]): void {
  assertSameLength(name, yTrue, yPred);
  assertNonEmpty(name, yTrue);
  assertFiniteValues(name, yTrue);
  assertFiniteValues(name, yPred);
}

/** Root mean squared error. */
export function rmse(yTrue: readonly number[], yPred: readonly number[]): number {
  checkPairs('rmse', yTrue, yPred);
  let total = 0;
  for (let index = 0; index < yTrue.length; index += 1) total += (yTrue[index] - yPred[index]) ** 2;
  return Math.sqrt(total / yTrue.length);
}

/** Mean absolute error. */
export function mae(yTrue: readonly number[], yPred: readonly number[]): number {
  checkPairs('mae', yTrue, yPred);
  let total = 0;
  for (let index = 0; index < yTrue.length; index += 1) total += Math.abs(yTrue[index] - yPred[index]);
  return total / yTrue.length;
}
