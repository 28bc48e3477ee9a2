// The 23 input columns of the Taiwan credit dataset (Yeh & Lien 2009, UCI #350) in their order
// (X1..X23) and the documented codes of its categorical columns. Browser-safe: the credit app's
// application form and the dataset builder read the same list.

export const CREDIT_FEATURES = [
  'LIMIT_BAL',
  'SEX',
  'EDUCATION',
  'MARRIAGE',
  'AGE',
  'PAY_0',
  'PAY_2',
  'PAY_3',
  'PAY_4',
  'PAY_5',
  'PAY_6',
  'BILL_AMT1',
  'BILL_AMT2',
  'BILL_AMT3',
  'BILL_AMT4',
  'BILL_AMT5',
  'BILL_AMT6',
  'PAY_AMT1',
  'PAY_AMT2',
  'PAY_AMT3',
  'PAY_AMT4',
  'PAY_AMT5',
  'PAY_AMT6',
] as const;
export type CreditFeature = (typeof CREDIT_FEATURES)[number];

export const CREDIT_CATEGORICAL: readonly CreditFeature[] = ['SEX', 'EDUCATION', 'MARRIAGE'];

/** The documented codes after cleaning. */
export const CREDIT_CODES = {
  SEX: { 1: 'male', 2: 'female' },
  EDUCATION: { 1: 'graduate school', 2: 'university', 3: 'high school', 4: 'others' },
  MARRIAGE: { 1: 'married', 2: 'single', 3: 'others' },
} as const;
