import { CREDIT_FEATURES as PIPELINE_FEATURES } from '@atlas/data-pipeline/node';
import { engineerFeatures, paymentRatio, signedLog } from '../../src/domain/features';
import { CREDIT_FEATURES, FIELD_BY_NAME, FIELDS, formatFieldValue } from '../../src/domain/fields';
import { creditRow, MODEL_COLUMNS, mlpColumns, payCode } from '../../src/domain/model-inputs';
import { CLIENT } from './fixtures';


describe('fields', () => {
  it('lists the 23 fields in the data pipeline’s order, each with a label and help', () => {
    expect(CREDIT_FEATURES).toEqual(PIPELINE_FEATURES);
    expect(FIELDS.map((f) => f.name)).toEqual([...CREDIT_FEATURES]);
    for (const f of FIELDS) {
      expect(f.label.length).toBeGreaterThan(2);
      expect(f.help.length).toBeGreaterThan(10);
    }
    expect(FIELD_BY_NAME.SEX.protected).toBe(true);
    expect(FIELD_BY_NAME.EDUCATION.protected).toBeUndefined();
  });

  it('formats values as a person reads them', () => {
    expect(formatFieldValue('PAY_0', 2)).toBe('2 months late');
    expect(formatFieldValue('PAY_0', -1)).toBe('paid in full');
    expect(formatFieldValue('EDUCATION', 3)).toBe('high school');
    expect(formatFieldValue('LIMIT_BAL', 20000)).toBe('NT$ 20,000');
  });
});

describe('engineered features', () => {
  it('computes utilization, payment ratios and delinquency counts by hand', () => {
    const f = engineerFeatures(CLIENT);
    expect(f.utilization).toEqual([0.5, 0.4, 0, -0.01, 0.2, 0.1]);
    expect(f.utilizationMean).toBeCloseTo((0.5 + 0.4 + 0 - 0.01 + 0.2 + 0.1) / 6, 12);
    expect(f.utilizationMax).toBe(0.5);
    expect(f.utilizationTrend).toBeCloseTo(0.4, 12);
    // PAY_AMT_k settles BILL_AMT_(k+1): 4000/40000, 0/0 -> nothing owed = 1, 5000/-1000 -> 1, 30000/20000 = 1.5, 1000/10000.
    expect(f.paymentRatios).toEqual([0.1, 1, 1, 1.5, 0.1]);
    expect(f.paymentRatioMean).toBeCloseTo(3.7 / 5, 12);
    expect(f.monthsLate).toBe(2); // PAY_0 = 2 and PAY_5 = 1
    expect(f.monthsPaidDuly).toBe(1);
    expect(f.monthsInactive).toBe(1);
    expect(f.monthsRevolving).toBe(2);
    expect(f.worstDelay).toBe(2);
    expect(f.totalDelay).toBe(3);
    expect(f.monthsSinceLate).toBe(0);
    expect(f.paidOverLimit).toBeCloseTo(40000 / 100000, 12);
    // The one zero payment (PAY_AMT2) faced a zero bill (BILL_AMT3): nothing was left unpaid.
    expect(f.monthsUnpaid).toBe(0);
    expect(engineerFeatures({ ...CLIENT, BILL_AMT3: 800 }).monthsUnpaid).toBe(1);
  });

  it('caps the ratios and handles a client who was never late', () => {
    expect(paymentRatio(50, 10)).toBe(2);
    expect(paymentRatio(5, 0)).toBe(1);
    const clean = engineerFeatures({ ...CLIENT, PAY_0: -1, PAY_5: 0 });
    expect(clean.monthsLate).toBe(0);
    expect(clean.monthsSinceLate).toBe(6);
    expect(clean.worstDelay).toBe(0);
  });

  it('takes signed logarithms of amounts', () => {
    expect(signedLog(0)).toBe(0);
    expect(signedLog(Math.E - 1)).toBeCloseTo(1, 12);
    expect(signedLog(-(Math.E - 1))).toBeCloseTo(-1, 12);
  });
});

describe('model inputs', () => {
  it('builds one value per column, repayment codes above 4 pooled', () => {
    const row = creditRow({ ...CLIENT, PAY_2: 7 });
    for (const c of MODEL_COLUMNS) expect(typeof row[c.name]).toBe('number');
    expect(row.PAY_2_code).toBe(4);
    expect(payCode(-2)).toBe(-2);
    expect(row.log_limit).toBeCloseTo(Math.log(100000), 12);
    expect(row.LIMIT_BAL).toBe(100000);
  });

  it('leaves sex, age and marital status out of mlp-no-protected', () => {
    const all = mlpColumns({ excludeProtected: false }).map((c) => c.name);
    const without = mlpColumns({ excludeProtected: true }).map((c) => c.name);
    expect(all).toEqual(expect.arrayContaining(['SEX', 'age', 'MARRIAGE']));
    expect(without).not.toEqual(expect.arrayContaining(['SEX']));
    expect(without.filter((c) => ['SEX', 'age', 'MARRIAGE'].includes(c))).toEqual([]);
    expect(all.length - without.length).toBe(3);
  });
});
