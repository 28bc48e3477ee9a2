// Label-based classification metrics: accuracy, confusion matrix, per-class and averaged
// precision/recall/F1. Labels may be numbers or strings; the conventions follow scikit-learn
// (rows of the confusion matrix are true labels, columns predicted; macro F1 is the mean of the
// per-class F1 scores, not the F1 of the macro precision and recall).
import { assertNonEmpty, assertSameLength } from './input-checks';

export type ClassLabel = string | number;

export interface ConfusionMatrix<L extends ClassLabel> {
  /** The label of each row and column, in order. */
  labels: L[];
  /** matrix[i][j]: how many cases of true label labels[i] were predicted as labels[j]. */
  matrix: number[][];
}

export interface ClassScores<L extends ClassLabel> {
  label: L;
  precision: number;
  recall: number;
  f1: number;
  /** Number of true cases of this label. */
  support: number;
}

export interface AveragedScores {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClassificationReport<L extends ClassLabel> {
  accuracy: number;
  perClass: ClassScores<L>[];
  /** Unweighted mean over the labels. */
  macro: AveragedScores;
  /** Mean over the labels weighted by support. */
  weighted: AveragedScores;
  confusion: ConfusionMatrix<L>;
}

export interface ClassificationOptions<L extends ClassLabel> {
  /** Labels to report, in order; defaults to the sorted union of the true and predicted labels. */
  labels?: readonly L[];
  /**
   * Value used where a ratio is 0/0: precision of a label never predicted, recall of a label that
   * never occurs. scikit-learn's default (zero_division="warn") also uses 0.
   */
  zeroDivision?: number;
}

export function accuracy<L extends ClassLabel>(yTrue: readonly L[], yPred: readonly L[]): number {
  assertSameLength('accuracy', yTrue, yPred);
  assertNonEmpty('accuracy', yTrue);
  let correct = 0;
  for (let index = 0; index < yTrue.length; index += 1) if (yTrue[index] === yPred[index]) correct += 1;
  return correct / yTrue.length;
}

/** Numbers ascending, strings in code-unit order, numbers before strings (a total order for mixed labels). */
export function compareLabels(first: ClassLabel, second: ClassLabel): number {
  if (typeof first === 'number' && typeof second === 'number') return first - second;
  if (typeof first === 'number') return -1;
  if (typeof second === 'number') return 1;
  return first < second ? -1 : first > second ? 1 : 0;
}

export function confusionMatrix<L extends ClassLabel>(
  yTrue: readonly L[],
  yPred: readonly L[],
  labels?: readonly L[],
): ConfusionMatrix<L> {
  assertSameLength('confusionMatrix', yTrue, yPred);
  const order = labels ? [...labels] : [...new Set<L>([...yTrue, ...yPred])].sort(compareLabels);
  const position = new Map<L, number>(order.map((label, index) => [label, index]));
  if (position.size !== order.length) throw new RangeError('confusionMatrix: labels must be distinct');
  const matrix = order.map(() => order.map(() => 0));
  for (let index = 0; index < yTrue.length; index += 1) {
    const row = position.get(yTrue[index]);
    const column = position.get(yPred[index]);
    // Like scikit-learn, cases whose true or predicted label is outside `labels` are left out.
    if (row !== undefined && column !== undefined) matrix[row][column] += 1;
  }
  return { labels: order, matrix };
}

function ratio(numerator: number, denominator: number, zeroDivision: number): number {
  return denominator === 0 ? zeroDivision : numerator / denominator;
}

export function classificationReport<L extends ClassLabel>(
  yTrue: readonly L[],
  yPred: readonly L[],
  options: ClassificationOptions<L> = {},
): ClassificationReport<L> {
  assertNonEmpty('classificationReport', yTrue);
  const zeroDivision = options.zeroDivision ?? 0;
  const confusion = confusionMatrix(yTrue, yPred, options.labels);
  const { labels, matrix } = confusion;
  const perClass = labels.map((label, index): ClassScores<L> => {
    const truePositives = matrix[index][index];
    const predicted = matrix.reduce((total, row) => total + row[index], 0);
    const support = matrix[index].reduce((total, count) => total + count, 0);
    const precision = ratio(truePositives, predicted, zeroDivision);
    const recall = ratio(truePositives, support, zeroDivision);
    // F1 as 2TP / (2TP + FP + FN): equal to the harmonic mean where that is defined, and 0/0 only
    // when the label neither occurs nor is predicted.
    const f1 = ratio(2 * truePositives, predicted + support, zeroDivision);
    return { label, precision, recall, f1, support };
  });
  const totalSupport = perClass.reduce((total, scores) => total + scores.support, 0);
  const average = (pick: (scores: ClassScores<L>) => number, weighted: boolean): number => {
    if (perClass.length === 0) return Number.NaN;
    if (!weighted) return perClass.reduce((total, scores) => total + pick(scores), 0) / perClass.length;
    if (totalSupport === 0) return zeroDivision;
    return perClass.reduce((total, scores) => total + pick(scores) * scores.support, 0) / totalSupport;
  };
  const averaged = (weighted: boolean): AveragedScores => ({
    precision: average((scores) => scores.precision, weighted),
    recall: average((scores) => scores.recall, weighted),
    f1: average((scores) => scores.f1, weighted),
  });
  return {
    accuracy: accuracy(yTrue, yPred),
    perClass,
    macro: averaged(false),
    weighted: averaged(true),
    confusion,
  };
}
