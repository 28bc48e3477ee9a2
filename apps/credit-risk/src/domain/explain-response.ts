// The JSON of POST /api/explain, shared by the route and the Try page.
import type { Explanation } from './predictor';
import type { ScorecardResult } from './scorecard';
import type { WhatIfAnswer } from './what-if';

export interface ScorecardPointsView extends ScorecardResult {
  runId: string;
  base: { score: number; odds: number; pdo: number };
}

export interface ExplainResponse extends Explanation {
  whatIf: WhatIfAnswer | null;
  scorecardPoints: ScorecardPointsView | null;
  /** The whole request on the server: score, explanation and what-if. */
  latencyMs: number;
  /** Scoring alone, on the server. */
  scoreMs: number;
  runId: string;
  config: string;
}
