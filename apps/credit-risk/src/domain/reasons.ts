// Reasons for a decision, in words an applicant could be given (adverse-action style): the reason
// groups whose contributions pushed the score furthest toward default, strongest first, at most four.
// Contributions come from integrated gradients (MLP) or from points short of the best attribute
// (scorecard); either way they are summed per reason group, then ranked by model-core's reasonCodes.
import { reasonCodes } from '@atlas/model-core';
import { engineerFeatures, type CreditApplication } from './features';
import { EDUCATION_CODES, MARRIAGE_CODES, PAY_STATUS_CODES, SEX_CODES } from './fields';
import type { ReasonGroup } from './model-inputs';

export interface Reason {
  rank: number;
  group: string;
  text: string;
  /** Push toward default (probability units for the MLP, points for the scorecard). */
  contribution: number;
  /** True when the reason is a protected attribute: a lender could not lawfully give it. */
  protected: boolean;
}

const PROTECTED_GROUPS = new Set(['age', 'sex', 'marriage']);

const money = (x: number) => `NT$ ${Math.round(x).toLocaleString('en-US')}`;
const percent = (x: number) => `${Math.round(x * 100)}%`;
const months = (n: number) => `${n} month${n === 1 ? '' : 's'}`;

/** The sentence for one reason group, read off the applicant's own values. */
export function reasonText(group: ReasonGroup, a: CreditApplication): string {
  const f = engineerFeatures(a);
  switch (group) {
    case 'recent-status':
      if (a.PAY_0 >= 1) return `Most recent payment was ${months(a.PAY_0)} late`;
      if (a.PAY_0 === 0) return 'Only the minimum was paid on the most recent bill (balance carried over)';
      if (a.PAY_0 === -2) return 'No recent use of the card to show repayment behaviour';
      return `Most recent repayment status (${PAY_STATUS_CODES[a.PAY_0] ?? a.PAY_0})`;
    case 'payment-history':
      if (f.monthsLate > 0) return `Late payments in ${f.monthsLate} of the last 6 months (worst: ${months(f.worstDelay)} late)`;
      if (f.monthsRevolving >= 3) return `Balance carried over in ${f.monthsRevolving} of the last 6 months`;
      if (f.monthsInactive >= 3) return `Little card use in the last 6 months (${f.monthsInactive} months without use)`;
      return 'Repayment pattern over the last 6 months';
    case 'utilization':
      return `Balance relative to the credit limit (${percent(f.utilization[0])} of the limit used, ${money(a.BILL_AMT1)} billed)`;
    case 'payments':
      return `Amount of recent payments (${money(a.PAY_AMT1)} last month; on average ${percent(Math.min(f.paymentRatioMean, 2))} of each bill paid)`;
    case 'credit-limit':
      return `Size of the credit limit (${money(a.LIMIT_BAL)})`;
    case 'education':
      return `Education (${EDUCATION_CODES[a.EDUCATION] ?? a.EDUCATION})`;
    case 'age':
      return `Age (${a.AGE}): a protected attribute`;
    case 'sex':
      return `Sex (${SEX_CODES[a.SEX] ?? a.SEX}): a protected attribute`;
    case 'marriage':
      return `Marital status (${MARRIAGE_CODES[a.MARRIAGE] ?? a.MARRIAGE}): a protected attribute`;
  }
}

/** Sums contributions per group, in the order the groups first appear. */
export function sumByGroup(groups: readonly string[], contributions: readonly number[]): Map<string, number> {
  const sums = new Map<string, number>();
  groups.forEach((g, i) => sums.set(g, (sums.get(g) ?? 0) + contributions[i]));
  return sums;
}

/**
 * The top reasons. `describe` gives the sentence of a group (reasonText for the Taiwan data; the
 * column and its value for a user's own data).
 */
export function topReasons(byGroup: ReadonlyMap<string, number>, describe: (group: string) => string, topK = 4): Reason[] {
  const names = [...byGroup.keys()];
  const codes = reasonCodes({
    featureNames: names,
    values: names.map(() => 0),
    contributions: names.map((g) => byGroup.get(g) ?? 0),
    topK,
    minContribution: 1e-9,
  });
  return codes.map((c) => ({
    rank: c.rank,
    group: c.feature,
    text: describe(c.feature),
    contribution: c.contribution,
    protected: PROTECTED_GROUPS.has(c.feature),
  }));
}
