// The 23 input fields of the Taiwan credit dataset, with the meaning the dataset's donors give them
// (Yeh & Lien 2009, UCI #350): a label, a line of help for the application form, the unit and the
// allowed range. The column list and codes are the data pipeline's, so form and data cannot drift.
import { CREDIT_CATEGORICAL, CREDIT_CODES, CREDIT_FEATURES, type CreditFeature } from '@atlas/data-pipeline';

export { CREDIT_FEATURES, type CreditFeature };

/** Attributes a lender may not use to decide (sex, age, marital status). */
export const PROTECTED_FEATURES: readonly CreditFeature[] = ['SEX', 'AGE', 'MARRIAGE'];
export const CATEGORICAL_FEATURES: readonly CreditFeature[] = CREDIT_CATEGORICAL;

export const SEX_CODES: Record<number, string> = CREDIT_CODES.SEX;
export const EDUCATION_CODES: Record<number, string> = CREDIT_CODES.EDUCATION;
export const MARRIAGE_CODES: Record<number, string> = CREDIT_CODES.MARRIAGE;

/** Repayment status codes as the donors define them; 1..9 are months of delay. */
export const PAY_STATUS_CODES: Record<number, string> = {
  [-2]: 'no card use this month',
  [-1]: 'paid in full',
  0: 'revolving (minimum paid)',
  1: '1 month late',
  2: '2 months late',
  3: '3 months late',
  4: '4 months late',
  5: '5 months late',
  6: '6 months late',
  7: '7 months late',
  8: '8 months late',
  9: '9 or more months late',
};

export type FieldKind = 'money' | 'code' | 'years' | 'pay-status';

export interface FieldInfo {
  name: CreditFeature;
  label: string;
  help: string;
  kind: FieldKind;
  /** Allowed values (the application form and the API enforce them). */
  min: number;
  max: number;
  codes?: Record<number, string>;
  /** Month the value refers to, for the history fields. */
  month?: string;
  protected?: boolean;
  /** Whether an applicant could change it (the what-if only moves these). */
  editable: boolean;
}

const MONTH_NAMES = ['September', 'August', 'July', 'June', 'May', 'April'];
const MONEY_MAX = 10_000_000;

function payStatus(i: number): FieldInfo {
  return {
    name: (['PAY_0', 'PAY_2', 'PAY_3', 'PAY_4', 'PAY_5', 'PAY_6'] as const)[i],
    label: `Repayment status, ${MONTH_NAMES[i]} 2005`,
    help: '-2 = no card use, -1 = paid in full, 0 = revolving credit (minimum paid), 1..9 = months of payment delay (9 = nine or more).',
    kind: 'pay-status',
    min: -2,
    max: 9,
    codes: PAY_STATUS_CODES,
    month: MONTH_NAMES[i],
    editable: i === 0,
  };
}

function bill(i: number): FieldInfo {
  return {
    name: `BILL_AMT${i + 1}` as CreditFeature,
    label: `Bill statement, ${MONTH_NAMES[i]} 2005`,
    help: 'Amount of the bill statement in NT dollars; negative when the client has a credit balance.',
    kind: 'money',
    min: -MONEY_MAX,
    max: MONEY_MAX,
    month: MONTH_NAMES[i],
    editable: i === 0,
  };
}

function payment(i: number): FieldInfo {
  return {
    name: `PAY_AMT${i + 1}` as CreditFeature,
    label: `Amount paid, ${MONTH_NAMES[i]} 2005`,
    help: 'Amount of the previous payment in NT dollars, paid in that month (it settles the statement of the month before).',
    kind: 'money',
    min: 0,
    max: MONEY_MAX,
    month: MONTH_NAMES[i],
    editable: i === 0,
  };
}

export const FIELDS: readonly FieldInfo[] = [
  {
    name: 'LIMIT_BAL',
    label: 'Credit limit',
    help: 'Amount of given credit in NT dollars, the individual’s and their family’s (supplementary) credit together.',
    kind: 'money',
    min: 1,
    max: MONEY_MAX,
    editable: true,
  },
  { name: 'SEX', label: 'Sex', help: '1 = male, 2 = female. A protected attribute.', kind: 'code', min: 1, max: 2, codes: SEX_CODES, protected: true, editable: false },
  {
    name: 'EDUCATION',
    label: 'Education',
    help: '1 = graduate school, 2 = university, 3 = high school, 4 = others (the undocumented codes 0, 5 and 6 are merged here).',
    kind: 'code',
    min: 1,
    max: 4,
    codes: EDUCATION_CODES,
    editable: false,
  },
  {
    name: 'MARRIAGE',
    label: 'Marital status',
    help: '1 = married, 2 = single, 3 = others (the undocumented code 0 is merged here). A protected attribute.',
    kind: 'code',
    min: 1,
    max: 3,
    codes: MARRIAGE_CODES,
    protected: true,
    editable: false,
  },
  { name: 'AGE', label: 'Age', help: 'Age in years. A protected attribute.', kind: 'years', min: 18, max: 120, protected: true, editable: false },
  ...[0, 1, 2, 3, 4, 5].map(payStatus),
  ...[0, 1, 2, 3, 4, 5].map(bill),
  ...[0, 1, 2, 3, 4, 5].map(payment),
];

export const FIELD_BY_NAME: Readonly<Record<CreditFeature, FieldInfo>> = Object.fromEntries(FIELDS.map((f) => [f.name, f])) as Record<
  CreditFeature,
  FieldInfo
>;

/** "1 month late", "university", "NT$ 20,000": a value as a person reads it. */
export function formatFieldValue(name: CreditFeature, value: number): string {
  const field = FIELD_BY_NAME[name];
  if (field.codes && field.codes[value] !== undefined) return field.codes[value];
  if (field.kind === 'money') return `NT$ ${Math.round(value).toLocaleString('en-US')}`;
  if (field.kind === 'years') return `${value} years`;
  return String(value);
}
