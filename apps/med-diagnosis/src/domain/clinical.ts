// The arithmetic a clinician needs next to a risk: predictive values at another prevalence (Bayes),
// net benefit for the decision curve, and a binomial interval.

export interface OperatingRates {
  /** Sensitivity (true positive rate). */
  sensitivity: number;
  specificity: number;
}

/** PPV and NPV at a prevalence, from sensitivity and specificity (which do not depend on prevalence). */
export function predictiveValues({ sensitivity, specificity }: OperatingRates, prevalence: number): { ppv: number | null; npv: number | null } {
  const p = prevalence;
  const truePos = sensitivity * p;
  const falsePos = (1 - specificity) * (1 - p);
  const trueNeg = specificity * (1 - p);
  const falseNeg = (1 - sensitivity) * p;
  return {
    ppv: truePos + falsePos > 0 ? truePos / (truePos + falsePos) : null,
    npv: trueNeg + falseNeg > 0 ? trueNeg / (trueNeg + falseNeg) : null,
  };
}

/** Net benefit of treating when risk >= threshold t (Vickers & Elkin 2006): TP/n - FP/n * t / (1 - t). */
export function netBenefit({ sensitivity, specificity }: OperatingRates, prevalence: number, threshold: number): number {
  const odds = threshold / (1 - threshold);
  return sensitivity * prevalence - (1 - specificity) * (1 - prevalence) * odds;
}

/** Net benefit of treating everyone at the threshold (the "treat all" line). */
export function netBenefitTreatAll(prevalence: number, threshold: number): number {
  return prevalence - (1 - prevalence) * (threshold / (1 - threshold));
}

/**
 * The decision curve: net benefit of the model, of treating all and of treating none, by threshold
 * probability. Values below `floor` become null, so treat-all plunging at high thresholds does not
 * flatten the chart (decision curves are read near zero).
 */
export function decisionCurve(
  points: readonly (OperatingRates & { threshold: number })[],
  prevalence: number,
  floor = -Infinity,
): { threshold: number; netBenefit: number | null; treatAll: number | null; treatNone: number }[] {
  const clip = (v: number) => (v < floor ? null : v);
  return points
    .filter((p) => p.threshold > 0 && p.threshold < 0.95)
    .map((p) => ({ threshold: p.threshold, netBenefit: clip(netBenefit(p, prevalence, p.threshold)), treatAll: clip(netBenefitTreatAll(prevalence, p.threshold)), treatNone: 0 }));
}

/** Wilson score interval of k successes in n (95% by default). */
export function wilsonInterval(k: number, n: number, z = 1.959964): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
