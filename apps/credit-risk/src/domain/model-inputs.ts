// The row every credit model sees: the raw fields transformed (amounts on a log scale, repayment codes
// both as numbers and as categories) plus the engineered features. Each column belongs to a reason
// group, the unit in which explanations are told to an applicant. Pure and deterministic, so the
// training job, the server and the browser compute the same row from the same application.
import { BILLS, engineerFeatures, PAY_STATUS, PAYMENTS, signedLog, type CreditApplication } from './features';
import type { CreditFeature } from './fields';

export type ReasonGroup =
  | 'recent-status'
  | 'payment-history'
  | 'utilization'
  | 'payments'
  | 'credit-limit'
  | 'education'
  | 'age'
  | 'sex'
  | 'marriage';

/** A column a model reads, with what the encoders and explanations need to know about it. */
export interface InputColumn {
  name: string;
  kind: 'numeric' | 'categorical';
  /** The reason group its attributions add up to (a column name for data without groups). */
  group: string;
  /** True when it is, or is derived from, a protected attribute. */
  protected?: boolean;
  /** Whether the MLP also gets its monotonic WoE encoding (ordered, informative columns). */
  woe?: boolean;
}

export interface ModelColumn extends InputColumn {
  group: ReasonGroup;
  value: (a: CreditApplication, f: ReturnType<typeof engineerFeatures>) => number;
}

/** Repayment codes above 4 months of delay are rare; they share one category. */
export function payCode(status: number): number {
  return Math.min(status, 4);
}

const history = (i: number): ReasonGroup => (i === 0 ? 'recent-status' : 'payment-history');

export const MODEL_COLUMNS: readonly ModelColumn[] = [
  { name: 'log_limit', group: 'credit-limit', kind: 'numeric', woe: true, value: (a) => Math.log(Math.max(a.LIMIT_BAL, 1)) },
  { name: 'age', group: 'age', kind: 'numeric', protected: true, woe: true, value: (a) => a.AGE },
  { name: 'SEX', group: 'sex', kind: 'categorical', protected: true, value: (a) => a.SEX },
  { name: 'MARRIAGE', group: 'marriage', kind: 'categorical', protected: true, value: (a) => a.MARRIAGE },
  { name: 'EDUCATION', group: 'education', kind: 'categorical', value: (a) => a.EDUCATION },
  ...PAY_STATUS.map<ModelColumn>((p, i) => ({ name: p, group: history(i), kind: 'numeric', woe: true, value: (a) => a[p] })),
  ...PAY_STATUS.map<ModelColumn>((p, i) => ({ name: `${p}_code`, group: history(i), kind: 'categorical', value: (a) => payCode(a[p]) })),
  ...BILLS.map<ModelColumn>((b, i) => ({ name: `log_bill_${i + 1}`, group: 'utilization', kind: 'numeric', woe: true, value: (a) => signedLog(a[b]) })),
  ...PAYMENTS.map<ModelColumn>((p, i) => ({ name: `log_paid_${i + 1}`, group: 'payments', kind: 'numeric', woe: true, value: (a) => Math.log1p(a[p]) })),
  ...BILLS.map<ModelColumn>((_, i) => ({ name: `utilization_${i + 1}`, group: 'utilization', kind: 'numeric', value: (_a, f) => f.utilization[i] })),
  ...[0, 1, 2, 3, 4].map<ModelColumn>((i) => ({
    name: `payment_ratio_${i + 1}`,
    group: 'payments',
    kind: 'numeric',
    value: (_a, f) => f.paymentRatios[i],
  })),
  { name: 'utilization_mean', group: 'utilization', kind: 'numeric', woe: true, value: (_a, f) => f.utilizationMean },
  { name: 'utilization_max', group: 'utilization', kind: 'numeric', woe: true, value: (_a, f) => f.utilizationMax },
  { name: 'utilization_trend', group: 'utilization', kind: 'numeric', value: (_a, f) => f.utilizationTrend },
  { name: 'payment_ratio_mean', group: 'payments', kind: 'numeric', woe: true, value: (_a, f) => f.paymentRatioMean },
  { name: 'months_late', group: 'payment-history', kind: 'numeric', value: (_a, f) => f.monthsLate },
  { name: 'months_paid_duly', group: 'payment-history', kind: 'numeric', value: (_a, f) => f.monthsPaidDuly },
  { name: 'months_inactive', group: 'payment-history', kind: 'numeric', value: (_a, f) => f.monthsInactive },
  { name: 'months_revolving', group: 'payment-history', kind: 'numeric', value: (_a, f) => f.monthsRevolving },
  { name: 'worst_delay', group: 'payment-history', kind: 'numeric', value: (_a, f) => f.worstDelay },
  { name: 'total_delay', group: 'payment-history', kind: 'numeric', woe: true, value: (_a, f) => f.totalDelay },
  { name: 'months_since_late', group: 'payment-history', kind: 'numeric', woe: true, value: (_a, f) => f.monthsSinceLate },
  { name: 'paid_over_limit', group: 'payments', kind: 'numeric', woe: true, value: (_a, f) => f.paidOverLimit },
  { name: 'months_unpaid', group: 'payments', kind: 'numeric', value: (_a, f) => f.monthsUnpaid },
];

/** A row as the encoders read it: numbers, category codes as strings, null when missing. */
export type ModelRow = Record<string, number | string | null>;

/** The raw fields and every derived column of one application. */
export function creditRow(a: CreditApplication): ModelRow {
  const f = engineerFeatures(a);
  const row: ModelRow = { ...a };
  for (const c of MODEL_COLUMNS) row[c.name] = c.value(a, f);
  return row;
}

export function mlpColumns(options: { excludeProtected: boolean }): InputColumn[] {
  return MODEL_COLUMNS.filter((c) => !(options.excludeProtected && c.protected)).map(({ name, kind, group, protected: isProtected, woe }) => ({ name, kind, group, protected: isProtected, woe }));
}

/**
 * Candidate characteristics of the scorecard: raw fields where a person reads them in their own units
 * (the bins show NT$ and months), a few engineered ratios, no protected attributes. Those with too
 * little information value are dropped when the scorecard is fitted.
 */
export const SCORECARD_COLUMNS: readonly InputColumn[] = [
  { name: 'LIMIT_BAL', kind: 'numeric', group: 'credit-limit' },
  { name: 'EDUCATION', kind: 'categorical', group: 'education' },
  ...PAY_STATUS.map<InputColumn>((p, i) => ({ name: p, kind: 'numeric', group: history(i) })),
  { name: 'BILL_AMT1', kind: 'numeric', group: 'utilization' },
  ...PAYMENTS.map<InputColumn>((p) => ({ name: p, kind: 'numeric', group: 'payments' })),
  { name: 'utilization_1', kind: 'numeric', group: 'utilization' },
  { name: 'utilization_mean', kind: 'numeric', group: 'utilization' },
  { name: 'payment_ratio_mean', kind: 'numeric', group: 'payments' },
  { name: 'months_late', kind: 'numeric', group: 'payment-history' },
  { name: 'worst_delay', kind: 'numeric', group: 'payment-history' },
  { name: 'months_since_late', kind: 'numeric', group: 'payment-history' },
  { name: 'paid_over_limit', kind: 'numeric', group: 'payments' },
];

/** Raw fields each reason group reads, for the what-if and for the explanation's values. */
export const GROUP_FIELDS: Record<ReasonGroup, readonly CreditFeature[]> = {
  'recent-status': ['PAY_0'],
  'payment-history': ['PAY_2', 'PAY_3', 'PAY_4', 'PAY_5', 'PAY_6'],
  utilization: [...BILLS, 'LIMIT_BAL'],
  payments: [...PAYMENTS],
  'credit-limit': ['LIMIT_BAL'],
  education: ['EDUCATION'],
  age: ['AGE'],
  sex: ['SEX'],
  marriage: ['MARRIAGE'],
};
