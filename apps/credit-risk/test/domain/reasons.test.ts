import { reasonText, sumByGroup, topReasons } from '../../src/domain/reasons';
import { CLIENT } from './fixtures';

describe('reason codes', () => {
  it('keeps the groups that pushed toward default, strongest first, at most four', () => {
    const byGroup = new Map([
      ['utilization', 0.02],
      ['recent-status', 0.15],
      ['credit-limit', -0.05],
      ['payments', 0.04],
      ['payment-history', 0.08],
      ['education', 0.01],
      ['sex', 0.03],
    ]);
    const reasons = topReasons(byGroup, (g) => reasonText(g as never, CLIENT));
    expect(reasons.map((r) => r.group)).toEqual(['recent-status', 'payment-history', 'payments', 'sex']);
    expect(reasons.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(reasons[3].protected).toBe(true);
    expect(reasons[0].text).toBe('Most recent payment was 2 months late');
  });

  it('reads the applicant’s own values', () => {
    expect(reasonText('payment-history', CLIENT)).toBe('Late payments in 2 of the last 6 months (worst: 2 months late)');
    expect(reasonText('utilization', CLIENT)).toBe('Balance relative to the credit limit (50% of the limit used, NT$ 50,000 billed)');
    expect(reasonText('credit-limit', CLIENT)).toBe('Size of the credit limit (NT$ 100,000)');
    expect(reasonText('recent-status', { ...CLIENT, PAY_0: 0 })).toMatch(/Only the minimum was paid/);
  });

  it('sums contributions per group', () => {
    expect([...sumByGroup(['a', 'b', 'a'], [1, 2, 3])]).toEqual([
      ['a', 4],
      ['b', 2],
    ]);
  });

  it('gives no reason when nothing pushed toward default', () => {
    expect(topReasons(new Map([['utilization', -0.1]]), () => 'x')).toEqual([]);
  });
});
