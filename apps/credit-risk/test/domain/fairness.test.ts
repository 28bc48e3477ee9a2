import { ageBand, fairnessReport, fairnessTable, type ScoredCase } from '../../src/domain/fairness';

const person = (SEX: number, AGE = 30, EDUCATION = 2) => ({ SEX, AGE, EDUCATION });

// Ten applicants, cutoff 0.5 (approve below). Men: 4 of 5 approved; women: 2 of 5 approved.
const CASES: ScoredCase[] = [
  { applicant: person(1), label: 0, pd: 0.1 },
  { applicant: person(1), label: 0, pd: 0.2 },
  { applicant: person(1), label: 1, pd: 0.3 },
  { applicant: person(1), label: 0, pd: 0.4 },
  { applicant: person(1), label: 1, pd: 0.9 },
  { applicant: person(2), label: 0, pd: 0.1 },
  { applicant: person(2), label: 0, pd: 0.2 },
  { applicant: person(2), label: 0, pd: 0.6 },
  { applicant: person(2), label: 1, pd: 0.7 },
  { applicant: person(2), label: 1, pd: 0.8 },
];

describe('fairness by group', () => {
  const table = fairnessTable(CASES, 'SEX', 0.5);

  it('computes approval, error rates and calibration per group, by hand', () => {
    const [male, female] = table.groups;
    expect(male).toMatchObject({ group: 'male', count: 5, approvalRate: 0.8, defaultRate: 0.4 });
    expect(female).toMatchObject({ group: 'female', count: 5, approvalRate: 0.4, defaultRate: 0.4 });
    // TPR = defaulters declined / defaulters: men 1/2 (0.9 declined, 0.3 approved), women 2/2.
    expect(male.tpr).toBe(0.5);
    expect(female.tpr).toBe(1);
    // FPR = good payers declined / good payers: men 0/3, women 1/3.
    expect(male.fpr).toBe(0);
    expect(female.fpr).toBeCloseTo(1 / 3, 12);
    expect(male.meanPd).toBeCloseTo(1.9 / 5, 12);
    expect(female.meanPd).toBeCloseTo(2.4 / 5, 12);
  });

  it('takes the most-approved group as reference and flags ratios under four fifths', () => {
    expect(table.reference).toBe('male');
    expect(table.groups[0].disparateImpact).toBe(1);
    expect(table.groups[1].disparateImpact).toBeCloseTo(0.4 / 0.8, 12); // 0.5 < 0.8
    expect(table.groups[1].flagged).toBe(true);
    expect(table.passesFourFifths).toBe(false);
    expect(table.minDisparateImpact).toBeCloseTo(0.5, 12);
  });

  it('passes the rule when every ratio is at least 0.8', () => {
    const fair = fairnessTable(CASES, 'SEX', 0.95);
    expect(fair.groups.map((g) => g.approvalRate)).toEqual([1, 1]);
    expect(fair.passesFourFifths).toBe(true);
  });

  it('bands ages and reports the three attributes', () => {
    expect([18, 24, 25, 34, 35, 54, 55, 80].map(ageBand)).toEqual(['under 25', 'under 25', '25-34', '25-34', '35-44', '45-54', '55 and over', '55 and over']);
    expect(fairnessReport(CASES, 0.5).map((t) => t.attribute)).toEqual(['SEX', 'AGE', 'EDUCATION']);
  });
});
