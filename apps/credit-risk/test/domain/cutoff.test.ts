import { cutoffCurve, defaultsPer1000, mostProfitableCutoff, pointAt, profitPer1000 } from '../../src/domain/cutoff';

// Five applicants: PDs and outcomes.
const labels = [0, 0, 1, 0, 1];
const pds = [0.05, 0.15, 0.25, 0.35, 0.8];

describe('the cutoff curve', () => {
  const curve = cutoffCurve(labels, pds, 20);

  it('approves below the cutoff and counts the outcomes by hand', () => {
    // Cutoff 0.3: approved 0.05, 0.15 (good) and 0.25 (bad): 3 of 5, 1 bad.
    const p = pointAt(curve, 0.3);
    expect(p.cutoff).toBeCloseTo(0.3, 12);
    expect(p.approvalRate).toBeCloseTo(0.6, 12);
    expect(p.badRateApproved).toBeCloseTo(1 / 3, 12);
    expect(p.goodApprovedShare).toBeCloseTo(0.4, 12);
    expect(p.badApprovedShare).toBeCloseTo(0.2, 12);
    // Declined: 0.35 (good) and 0.8 (bad). TPR = 1 of 2 defaulters declined; FPR = 1 of 3 goods declined.
    expect(p.tpr).toBe(0.5);
    expect(p.fpr).toBeCloseTo(1 / 3, 12);
    expect(defaultsPer1000(p)).toBeCloseTo(200, 9);
  });

  it('computes the profit from the economics and finds the best cutoff', () => {
    const p = pointAt(curve, 0.3);
    // 1000 * (0.4 * 4000 - 0.2 * 20000) = 1000 * (1600 - 4000) = -2,400,000
    expect(profitPer1000(p, { interestOnGood: 4000, lossOnDefault: 20000 })).toBeCloseTo(-2_400_000, 6);
    const best = mostProfitableCutoff(curve, { interestOnGood: 4000, lossOnDefault: 20000 });
    // Approving only the two goods below 0.2: 1000 * 0.4 * 4000 = 1,600,000.
    expect(profitPer1000(best, { interestOnGood: 4000, lossOnDefault: 20000 })).toBeCloseTo(1_600_000, 6);
    expect(best.cutoff).toBeGreaterThan(0.15);
    expect(best.cutoff).toBeLessThanOrEqual(0.25);
  });

  it('runs from approving nobody to approving everyone', () => {
    expect(curve[0]).toMatchObject({ cutoff: 0, approvalRate: 0, badRateApproved: null });
    expect(curve[curve.length - 1].approvalRate).toBe(1);
  });
});
