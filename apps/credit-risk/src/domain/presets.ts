// Starting points of the application form: the typical training applicant, and two made-up clients
// at either end of the risk scale (not rows of the dataset).
import type { CreditApplication } from './features';

export const PRESETS = [
  { name: 'typical', label: 'Typical applicant' },
  { name: 'late', label: 'Behind on payments' },
  { name: 'prime', label: 'Pays in full' },
] as const;

export type PresetName = (typeof PRESETS)[number]['name'];

export function presetApplication(name: PresetName, typical: CreditApplication): CreditApplication {
  if (name === 'late') {
    return {
      ...typical,
      LIMIT_BAL: 50000,
      PAY_0: 2, PAY_2: 2, PAY_3: 2, PAY_4: 0, PAY_5: 0, PAY_6: 0,
      BILL_AMT1: 49000, BILL_AMT2: 48000, BILL_AMT3: 46500, BILL_AMT4: 45000, BILL_AMT5: 44000, BILL_AMT6: 43000,
      PAY_AMT1: 0, PAY_AMT2: 0, PAY_AMT3: 1600, PAY_AMT4: 1600, PAY_AMT5: 1500, PAY_AMT6: 1500,
    };
  }
  if (name === 'prime') {
    return {
      ...typical,
      LIMIT_BAL: 360000,
      PAY_0: -1, PAY_2: -1, PAY_3: -1, PAY_4: -1, PAY_5: -1, PAY_6: -1,
      BILL_AMT1: 12000, BILL_AMT2: 9000, BILL_AMT3: 15000, BILL_AMT4: 8000, BILL_AMT5: 11000, BILL_AMT6: 7000,
      PAY_AMT1: 9000, PAY_AMT2: 15000, PAY_AMT3: 8000, PAY_AMT4: 11000, PAY_AMT5: 7000, PAY_AMT6: 10000,
    };
  }
  return { ...typical };
}
