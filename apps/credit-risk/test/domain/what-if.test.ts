import type { CreditApplication } from '../../src/domain/features';
import { candidateMoves, describeChange, whatIf } from '../../src/domain/what-if';
import { CLIENT } from './fixtures';

// A transparent scorer: PD rises 0.1 per month of delay in PAY_0 and with the balance's share of the limit.
const scorer = (apps: CreditApplication[]) => apps.map((a) => Math.min(0.99, 0.1 + 0.1 * Math.max(a.PAY_0, 0) + 0.2 * (a.BILL_AMT1 / a.LIMIT_BAL)));

describe('what-if', () => {
  it('finds the smallest single change that approves a declined applicant', () => {
    // PD = 0.1 + 0.2 + 0.2 * 0.5 = 0.4 >= cutoff 0.35. One month less of delay: 0.3 -> approved (1 step).
    const answer = whatIf(CLIENT, scorer, 0.35);
    expect(answer.pd).toBeCloseTo(0.4, 12);
    expect(answer.approved).toBe(false);
    expect(answer.best?.changes).toEqual([{ field: 'PAY_0', from: 2, to: 1, text: describeChange('PAY_0', 2, 1) }]);
    expect(answer.best?.approved).toBe(true);
    expect(answer.best?.steps).toBe(1);
  });

  it('moves two fields when one is not enough', () => {
    // PD 0.4, cutoff 0.15: bringing PAY_0 current gives 0.2; only lowering the balance as well gets below 0.15.
    const answer = whatIf(CLIENT, scorer, 0.15);
    expect(answer.best?.changes.map((c) => c.field).sort()).toEqual(['BILL_AMT1', 'PAY_0']);
    expect(answer.best?.pd).toBeLessThan(0.15);
  });

  it('shows the margin of an approved applicant: what would lead to a decline', () => {
    const answer = whatIf({ ...CLIENT, PAY_0: 0 }, scorer, 0.35);
    expect(answer.approved).toBe(true);
    expect(answer.best?.approved).toBe(false);
    expect(answer.best?.changes[0]).toMatchObject({ field: 'PAY_0', to: 2 });
  });

  it('says so when nothing within reach flips the decision', () => {
    const answer = whatIf(CLIENT, () => [0.9], 0.5);
    expect(answer.best).toBeNull();
    expect(answer.candidatesScored).toBeGreaterThan(10);
  });

  it('only moves editable fields, in the helpful direction', () => {
    const moves = candidateMoves(CLIENT, true).flat();
    expect(new Set(moves.map((m) => m.field))).toEqual(new Set(['PAY_0', 'PAY_AMT1', 'BILL_AMT1', 'LIMIT_BAL']));
    for (const m of moves) {
      if (m.field === 'PAY_0') expect(m.to).toBeLessThan(CLIENT.PAY_0);
      if (m.field === 'PAY_AMT1') expect(m.to).toBeGreaterThan(CLIENT.PAY_AMT1);
      if (m.field === 'BILL_AMT1') expect(m.to).toBeLessThan(CLIENT.BILL_AMT1);
    }
    expect(describeChange('PAY_AMT1', 1000, 5000)).toBe('Pay NT$ 4,000 more this month (NT$ 5,000 in all)');
  });
});
