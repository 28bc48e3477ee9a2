import { fitTabularEncoder } from '@atlas/data-pipeline';
import { buildScorecard, scoreRow } from '../../src/domain/scorecard';
import { pdFromScore, scalingFactor, scalingOffset, scoreFromPd } from '../../src/domain/scaling';

const SCALING = { baseScore: 600, baseOdds: 19, pdo: 50 };

describe('points scaling (600 points at 19:1, 50 points to double the odds)', () => {
  it('has factor PDO / ln 2 and offset base - factor ln(odds), worked out by hand', () => {
    // 50 / 0.6931472 = 72.13475; 72.13475 * ln 19 = 72.13475 * 2.9444390 = 212.39638; 600 - 212.39638 = 387.60362
    expect(scalingFactor(SCALING)).toBeCloseTo(72.1348, 4);
    expect(scalingOffset(SCALING)).toBeCloseTo(387.60362, 4);
  });

  it('gives 600 points at a 5% PD, 650 at double the odds, 550 at half', () => {
    expect(scoreFromPd(0.05, SCALING)).toBeCloseTo(600, 9);
    expect(scoreFromPd(1 / 39, SCALING)).toBeCloseTo(650, 9); // odds 38:1
    expect(scoreFromPd(1 / 10.5, SCALING)).toBeCloseTo(550, 9); // odds 9.5:1
    expect(pdFromScore(600, SCALING)).toBeCloseTo(0.05, 12);
    expect(pdFromScore(scoreFromPd(0.3, SCALING), SCALING)).toBeCloseTo(0.3, 12);
  });
});

describe('the points table', () => {
  // Two characteristics with hand-made WoE bins: 8 rows, labels chosen so each bin's WoE is easy.
  const rows = [
    { x: 1, c: 'a' }, { x: 1, c: 'a' }, { x: 1, c: 'b' }, { x: 1, c: 'b' },
    { x: 9, c: 'a' }, { x: 9, c: 'a' }, { x: 9, c: 'b' }, { x: 9, c: 'b' },
  ];
  const labels = [0, 0, 0, 1, 0, 1, 1, 1];
  const encoder = fitTabularEncoder(rows, [
    { column: 'x', encode: { kind: 'woe-bins', initialBins: 2, minBinShare: 0 } },
    { column: 'c', encode: { kind: 'woe-categories' } },
  ], { labels });
  const weights = [-0.8, -0.5];
  const intercept = -0.2;
  const table = buildScorecard(encoder, weights, intercept, SCALING);

  it('turns weight x WoE into points that add up to the regression’s log odds', () => {
    const factor = 50 / Math.LN2;
    const offset = 600 - factor * Math.log(19);
    const share = (offset - factor * intercept) / 2;
    const x = table.characteristics[0];
    const c = table.characteristics[1];
    expect(x.attributes).toHaveLength(2);
    // points = -factor * weight * WoE + share, for every attribute
    x.attributes.forEach((a) => expect(a.points).toBeCloseTo(-factor * -0.8 * a.woe + share, 9));
    c.attributes.forEach((a) => expect(a.points).toBeCloseTo(-factor * -0.5 * a.woe + share, 9));
    // x = 1 has 3 goods of 4 (safer): positive WoE, more points than x = 9.
    expect(x.attributes[0].woe).toBeGreaterThan(0);
    expect(x.attributes[0].points).toBeGreaterThan(x.attributes[1].points);
    expect(x.maxPoints).toBe(x.attributes[0].points);
  });

  it('scores a row: the points sum to the score, whose PD is the regression’s', () => {
    const result = scoreRow(table, encoder, { x: 9, c: 'b' });
    const woeX = table.characteristics[0].attributes[1].woe;
    const woeC = table.characteristics[1].attributes.find((a) => a.label === 'b')?.woe ?? NaN;
    const logit = intercept + weights[0] * woeX + weights[1] * woeC;
    expect(result.lines.reduce((s, l) => s + l.points, 0)).toBeCloseTo(result.score, 9);
    expect(result.pd).toBeCloseTo(1 / (1 + Math.exp(-logit)), 9);
    expect(result.lines[0].shortfall).toBeCloseTo(table.characteristics[0].maxPoints - result.lines[0].points, 9);
    expect(result.lines[0].attribute).toBe('5 and above');
  });

  it('gives an unseen category the points of WoE 0', () => {
    const result = scoreRow(table, encoder, { x: 1, c: 'zzz' });
    const share = (scalingOffset(SCALING) - scalingFactor(SCALING) * intercept) / 2;
    expect(result.lines[1].points).toBeCloseTo(share, 9);
    expect(result.lines[1].attribute).toBe('missing or unseen');
  });
});
