// A made-up client whose engineered features are easy to work out by hand.
import type { CreditApplication } from '../../src/domain/features';

export const CLIENT: CreditApplication = {
  LIMIT_BAL: 100000, SEX: 2, EDUCATION: 2, MARRIAGE: 1, AGE: 30,
  PAY_0: 2, PAY_2: 0, PAY_3: -1, PAY_4: -2, PAY_5: 1, PAY_6: 0,
  BILL_AMT1: 50000, BILL_AMT2: 40000, BILL_AMT3: 0, BILL_AMT4: -1000, BILL_AMT5: 20000, BILL_AMT6: 10000,
  PAY_AMT1: 4000, PAY_AMT2: 0, PAY_AMT3: 5000, PAY_AMT4: 30000, PAY_AMT5: 1000, PAY_AMT6: 0,
};
