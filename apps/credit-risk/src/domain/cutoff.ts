// The approval cutoff and what it does to the business: an application is approved when its
// probability of default is below the cutoff. From scored applications with known outcomes (the test
// set) a grid of cutoffs gives the approval rate, the bad rate among approved, defaults per 1,000
// applications and, with editable loan economics, the expected profit. The grid is computed once at
// training time and shipped to the page, which recomputes the money live as the knobs move.
import { thresholdGrid, thresholdSweep } from '@atlas/model-core';

export interface CutoffPoint {
  cutoff: number;
  /** Share of applications approved (PD below the cutoff). */
  approvalRate: number;
  /** Defaults among the approved; null when nobody is approved. */
  badRateApproved: number | null;
  /** Shares of all applications: approved and repaid, approved and defaulted. */
  goodApprovedShare: number;
  badApprovedShare: number;
  /** ROC coordinates of this cutoff, "positive" = predicted default = declined. */
  tpr: number | null;
  fpr: number | null;
}

export interface LoanEconomics {
  /** Interest and fees earned on a loan that is repaid (NT$). */
  interestOnGood: number;
  /** Money lost on a loan that defaults (NT$). */
  lossOnDefault: number;
}

/** Illustrative figures, editable on the Try page: NT$ 4,000 earned per good loan, NT$ 20,000 lost per default. */
export const DEFAULT_ECONOMICS: LoanEconomics = { interestOnGood: 4000, lossOnDefault: 20000 };

export const DEFAULT_CUTOFF = 0.3;

export function cutoffCurve(labels: readonly number[], pds: readonly number[], steps = 100): CutoffPoint[] {
  const n = labels.length;
  const sweep = thresholdSweep(labels, pds, { thresholds: thresholdGrid(steps) });
  return sweep
    .map((p) => {
      const approved = p.tn + p.fn;
      return {
        cutoff: p.threshold,
        approvalRate: approved / n,
        badRateApproved: approved === 0 ? null : p.fn / approved,
        goodApprovedShare: p.tn / n,
        badApprovedShare: p.fn / n,
        tpr: p.tpr,
        fpr: p.fpr,
      };
    })
    .sort((a, b) => a.cutoff - b.cutoff);
}

/** The grid point nearest to a cutoff. */
export function pointAt(curve: readonly CutoffPoint[], cutoff: number): CutoffPoint {
  let best = curve[0];
  for (const p of curve) if (Math.abs(p.cutoff - cutoff) < Math.abs(best.cutoff - cutoff)) best = p;
  return best;
}

export function defaultsPer1000(point: CutoffPoint): number {
  return 1000 * point.badApprovedShare;
}

export function profitPer1000(point: CutoffPoint, economics: LoanEconomics): number {
  return 1000 * (point.goodApprovedShare * economics.interestOnGood - point.badApprovedShare * economics.lossOnDefault);
}

/** The cutoff that earns the most under the given economics (the lowest such cutoff on a tie). */
export function mostProfitableCutoff(curve: readonly CutoffPoint[], economics: LoanEconomics): CutoffPoint {
  let best = curve[0];
  for (const p of curve) if (profitPer1000(p, economics) > profitPer1000(best, economics)) best = p;
  return best;
}
