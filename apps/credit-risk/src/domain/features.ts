// Engineered features of a credit application: what an analyst computes from the raw statement
// history before any model sees it (utilization, how much of each bill was paid, how often and how
// late payments were). Pure functions of one application, so training and serving run the same code.
import type { CreditFeature } from './fields';

export type CreditApplication = Record<CreditFeature, number>;

/** Months from the most recent (September 2005) to the oldest (April 2005). */
export const MONTHS = [1, 2, 3, 4, 5, 6] as const;
export const PAY_STATUS = ['PAY_0', 'PAY_2', 'PAY_3', 'PAY_4', 'PAY_5', 'PAY_6'] as const;
export const BILLS = ['BILL_AMT1', 'BILL_AMT2', 'BILL_AMT3', 'BILL_AMT4', 'BILL_AMT5', 'BILL_AMT6'] as const;
export const PAYMENTS = ['PAY_AMT1', 'PAY_AMT2', 'PAY_AMT3', 'PAY_AMT4', 'PAY_AMT5', 'PAY_AMT6'] as const;

/** sign(x) * ln(1 + |x|): amounts span six orders of magnitude and bills can be negative. */
export function signedLog(x: number): number {
  return x < 0 ? -Math.log1p(-x) : Math.log1p(x);
}

function clip(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/**
 * Share of a statement paid by the next month's payment. The payment recorded in month k settles the
 * bill of month k + 1 (PAY_AMT1, paid in September, pays the August statement BILL_AMT2). Nothing
 * owed counts as fully paid; overpayment is capped at twice the bill.
 */
export function paymentRatio(payment: number, bill: number): number {
  if (bill <= 0) return 1;
  return clip(payment / bill, 0, 2);
}

export interface EngineeredFeatures {
  /** Bill over limit for each month (1 = the limit is used up); capped to [-1, 3]. */
  utilization: number[];
  utilizationMean: number;
  utilizationMax: number;
  /** Latest utilization minus the oldest: a rising balance. */
  utilizationTrend: number;
  /** Payment over the previous bill, months 1..5. */
  paymentRatios: number[];
  paymentRatioMean: number;
  /** Months (of six) with a payment at least one month late. */
  monthsLate: number;
  /** Months paid in full ("paid duly", code -1). */
  monthsPaidDuly: number;
  /** Months without any use of the card (code -2). */
  monthsInactive: number;
  /** Months revolving (code 0: minimum paid, balance carried). */
  monthsRevolving: number;
  /** Worst delay in months over the six months (0 when never late). */
  worstDelay: number;
  /** Sum of delay months over the six months. */
  totalDelay: number;
  /** Months since the last late payment (0 = late now, 6 = never late in the window). */
  monthsSinceLate: number;
  /** Total paid over six months divided by the limit. */
  paidOverLimit: number;
  /** Months with a zero payment while a positive bill was due. */
  monthsUnpaid: number;
}

export function engineerFeatures(a: CreditApplication): EngineeredFeatures {
  const limit = a.LIMIT_BAL > 0 ? a.LIMIT_BAL : 1;
  const utilization = BILLS.map((b) => clip(a[b] / limit, -1, 3));
  const paymentRatios = [0, 1, 2, 3, 4].map((i) => paymentRatio(a[PAYMENTS[i]], a[BILLS[i + 1]]));
  const status = PAY_STATUS.map((p) => a[p]);
  const late = status.map((s) => s > 0);
  const firstLate = late.indexOf(true);
  let totalPaid = 0;
  for (const p of PAYMENTS) totalPaid += a[p];
  let unpaid = 0;
  for (let i = 0; i < 5; i++) if (a[PAYMENTS[i]] <= 0 && a[BILLS[i + 1]] > 0) unpaid++;
  return {
    utilization,
    utilizationMean: utilization.reduce((s, u) => s + u, 0) / utilization.length,
    utilizationMax: Math.max(...utilization),
    utilizationTrend: utilization[0] - utilization[5],
    paymentRatios,
    paymentRatioMean: paymentRatios.reduce((s, r) => s + r, 0) / paymentRatios.length,
    monthsLate: late.filter(Boolean).length,
    monthsPaidDuly: status.filter((s) => s === -1).length,
    monthsInactive: status.filter((s) => s === -2).length,
    monthsRevolving: status.filter((s) => s === 0).length,
    worstDelay: Math.max(0, ...status),
    totalDelay: status.reduce((s, x) => s + Math.max(0, x), 0),
    monthsSinceLate: firstLate === -1 ? 6 : firstLate,
    paidOverLimit: clip(totalPaid / limit, 0, 10),
    monthsUnpaid: unpaid,
  };
}
