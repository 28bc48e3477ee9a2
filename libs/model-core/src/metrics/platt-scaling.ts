// Platt scaling: a one-feature logistic regression from a model's score to a calibrated
// probability, P(y = 1 | s) = 1 / (1 + exp(-(slope * s + intercept))). In Platt's own notation
// (P = 1 / (1 + exp(A s + B))) A = -slope and B = -intercept.
//
// Fitted by Newton's method with a backtracking line search, following Lin, Lin and Weng, "A note
// on Platt's probabilistic outputs for support vector machines" (Machine Learning 68, 2007), whose
// loss evaluation avoids overflow for large |A s + B|.
import { assertBinaryLabels, assertFiniteValues, assertNonEmpty, assertSameLength, countPositives } from './input-checks';

export interface PlattCalibrator {
  kind: 'platt';
  slope: number;
  intercept: number;
}

export interface PlattOptions {
  /**
   * Platt's target smoothing (default true): fit against (N+ + 1) / (N+ + 2) for positives and
   * 1 / (N- + 2) for negatives instead of 1 and 0, which keeps the fit finite on separable data
   * and is what Platt (1999) and scikit-learn's sigmoid calibration use.
   */
  smoothTargets?: boolean;
  /** Newton iterations at most. Default 100. */
  maxIterations?: number;
  /** Stop when both gradient components are below this. Default 1e-10 per case. */
  tolerance?: number;
}

export function applyPlatt(calibrator: PlattCalibrator, score: number): number {
  const logit = calibrator.slope * score + calibrator.intercept;
  // Written both ways so that exp never overflows.
  return logit >= 0 ? 1 / (1 + Math.exp(-logit)) : Math.exp(logit) / (1 + Math.exp(logit));
}

/**
 * Fits Platt scaling on validation scores and 0/1 labels (never on the training data the scores
 * came from, or the fit learns the model's overconfidence on seen data). Throws unless both
 * classes are present.
 */
export function fitPlatt(scores: readonly number[], yTrue: readonly number[], options: PlattOptions = {}): PlattCalibrator {
  assertSameLength('fitPlatt', scores, yTrue);
  assertNonEmpty('fitPlatt', scores);
  assertBinaryLabels('fitPlatt', yTrue);
  assertFiniteValues('fitPlatt', scores);
  const positives = countPositives(yTrue);
  const negatives = yTrue.length - positives;
  if (positives === 0 || negatives === 0) throw new RangeError('fitPlatt: needs both classes in the labels');
  const smooth = options.smoothTargets ?? true;
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-10 * scores.length;
  const highTarget = smooth ? (positives + 1) / (positives + 2) : 1;
  const lowTarget = smooth ? 1 / (negatives + 2) : 0;
  const targets = yTrue.map((label) => (label === 1 ? highTarget : lowTarget));

  // Negative log-likelihood in Platt's parameters (A, B); each term is t * f + log(1 + exp(-f))
  // rearranged by the sign of f = A s + B.
  const loss = (a: number, b: number): number => {
    let total = 0;
    for (let index = 0; index < scores.length; index += 1) {
      const f = scores[index] * a + b;
      total += f >= 0 ? targets[index] * f + Math.log1p(Math.exp(-f)) : (targets[index] - 1) * f + Math.log1p(Math.exp(f));
    }
    return total;
  };

  let a = 0;
  let b = Math.log((negatives + 1) / (positives + 1));
  let current = loss(a, b);
  // A tiny ridge on the Hessian keeps it invertible when all scores are equal.
  const ridge = 1e-12;
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    let h11 = ridge;
    let h22 = ridge;
    let h21 = 0;
    let g1 = 0;
    let g2 = 0;
    for (let index = 0; index < scores.length; index += 1) {
      const f = scores[index] * a + b;
      // p = P(y = 1) = 1 / (1 + exp(f)), q = 1 - p.
      const p = f >= 0 ? Math.exp(-f) / (1 + Math.exp(-f)) : 1 / (1 + Math.exp(f));
      const q = 1 - p;
      const curvature = p * q;
      h11 += scores[index] * scores[index] * curvature;
      h22 += curvature;
      h21 += scores[index] * curvature;
      const residual = targets[index] - p;
      g1 += scores[index] * residual;
      g2 += residual;
    }
    if (Math.abs(g1) < tolerance && Math.abs(g2) < tolerance) break;
    const determinant = h11 * h22 - h21 * h21;
    const stepA = -(h22 * g1 - h21 * g2) / determinant;
    const stepB = -(-h21 * g1 + h11 * g2) / determinant;
    const descent = g1 * stepA + g2 * stepB;
    let stepSize = 1;
    let accepted = false;
    while (stepSize >= 1e-10) {
      const candidateA = a + stepSize * stepA;
      const candidateB = b + stepSize * stepB;
      const candidate = loss(candidateA, candidateB);
      // Armijo condition: the loss must fall by a fraction of what the gradient promises. Near the
      // optimum that fall is below the rounding of the loss itself, so a step that keeps the loss
      // within rounding is taken too; otherwise the fit would stop short with a gradient ~1e-8.
      const rounding = 1e-12 * Math.abs(current);
      if (candidate <= current + 1e-4 * stepSize * descent + rounding) {
        a = candidateA;
        b = candidateB;
        current = candidate;
        accepted = true;
        break;
      }
      stepSize /= 2;
    }
    // No step lowers the loss any more: we are at the optimum to float precision.
    if (!accepted) break;
  }
  return { kind: 'platt', slope: -a, intercept: -b };
}
