// Permutation importance (Breiman 2001; Fisher, Rudin and Dominici 2019): how much a model's score
// on a data set drops when one feature's column is shuffled, breaking its link to the target while
// keeping its distribution. Global, model-agnostic, and on held-out data it measures what the model
// relies on for generalisation. Importance = baseline score - permuted score for a
// higher-is-better metric (sklearn's convention); the spread over repeats is reported as the
// population standard deviation (as sklearn's permutation_importance does).
import { createSeededRandom, shuffleInPlace } from '../seeded-random';

export interface PermutationImportanceOptions {
  /** Scores (or predictions) for rows; may be async. */
  predict: (rows: number[][]) => number[] | Promise<number[]>;
  rows: number[][];
  targets: number[];
  /** metric(targets, predictions), e.g. accuracy or AUC (higher is better) or log loss (lower). */
  metric: (targets: number[], predictions: number[]) => number;
  /** false for losses; true by default. */
  higherIsBetter?: boolean;
  /** Shuffles per feature (default 5). */
  repeats?: number;
  seed: number;
  featureNames?: string[];
}

export interface FeatureImportance {
  feature: string;
  index: number;
  /** Mean drop in the score (positive: the model needs the feature). */
  importanceMean: number;
  importanceStd: number;
  /** One drop per repeat. */
  importances: number[];
}

export interface PermutationImportanceResult {
  baselineScore: number;
  /** Most important first; equal means keep input order. */
  features: FeatureImportance[];
}

export async function permutationImportance(options: PermutationImportanceOptions): Promise<PermutationImportanceResult> {
  const { rows, targets, metric, higherIsBetter = true, repeats = 5 } = options;
  if (rows.length === 0 || rows.length !== targets.length) throw new RangeError('Need as many target values as rows (at least one).');
  if (!(Number.isInteger(repeats) && repeats >= 1)) throw new RangeError(`repeats must be a positive integer; got ${repeats}.`);
  const width = rows[0].length;
  if (options.featureNames && options.featureNames.length !== width) throw new RangeError('featureNames must name every column.');
  const sign = higherIsBetter ? 1 : -1;
  const baselineScore = metric(targets, await options.predict(rows));
  const random = createSeededRandom(options.seed);

  const features: FeatureImportance[] = [];
  for (let column = 0; column < width; column += 1) {
    const importances: number[] = [];
    for (let repeat = 0; repeat < repeats; repeat += 1) {
      const shuffled = shuffleInPlace(
        rows.map((row) => row[column]),
        random,
      );
      const permuted = rows.map((row, index) => {
        const copy = row.slice();
        copy[column] = shuffled[index];
        return copy;
      });
      importances.push(sign * (baselineScore - metric(targets, await options.predict(permuted))));
    }
    const mean = importances.reduce((sum, value) => sum + value, 0) / repeats;
    const variance = importances.reduce((sum, value) => sum + (value - mean) ** 2, 0) / repeats;
    features.push({
      feature: options.featureNames?.[column] ?? `x${column}`,
      index: column,
      importanceMean: mean,
      importanceStd: Math.sqrt(variance),
      importances,
    });
  }
  features.sort((a, b) => b.importanceMean - a.importanceMean || a.index - b.index);
  return { baselineScore, features };
}
