// Scorecard points. Industry convention: a score is a straight line in the log of the good:bad odds,
// pinned by a base score at base odds and by the points that double the odds (PDO). Here 600 points
// mean odds of 19 goods to 1 bad (a 5% chance of default), and every 50 points double the odds.
// score = offset + factor * ln(odds), factor = PDO / ln 2, offset = base - factor * ln(base odds).

export interface ScoreScaling {
  baseScore: number;
  /** Good:bad odds at the base score (19 means 19 to 1). */
  baseOdds: number;
  /** Points to double the odds. */
  pdo: number;
}

export const DEFAULT_SCALING: ScoreScaling = { baseScore: 600, baseOdds: 19, pdo: 50 };

export function scalingFactor(s: ScoreScaling = DEFAULT_SCALING): number {
  return s.pdo / Math.LN2;
}

export function scalingOffset(s: ScoreScaling = DEFAULT_SCALING): number {
  return s.baseScore - scalingFactor(s) * Math.log(s.baseOdds);
}

/** Score of a probability of default. */
export function scoreFromPd(pd: number, s: ScoreScaling = DEFAULT_SCALING): number {
  const p = Math.min(Math.max(pd, 1e-9), 1 - 1e-9);
  return scalingOffset(s) + scalingFactor(s) * Math.log((1 - p) / p);
}

/** Probability of default of a score (the inverse of scoreFromPd). */
export function pdFromScore(score: number, s: ScoreScaling = DEFAULT_SCALING): number {
  const lnOdds = (score - scalingOffset(s)) / scalingFactor(s);
  return 1 / (1 + Math.exp(lnOdds));
}
