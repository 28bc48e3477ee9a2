import { averagePrecisionAtK, ndcgAtK, precisionAtK, recallAtK } from '@atlas/model-core';
import { averageMf, fitEase, fitMf, mfFoldIn, mfPredict, type Interactions } from '../src/domain/algorithms';
import { customDataset, parseRatingsCsv } from '../src/domain/custom-data';
import type { ItemInfo } from '../src/domain/dataset';
import { evaluateRanking, topK } from '../src/domain/evaluate';
import { listDiversity, reasonFor, recommend, rerank } from '../src/domain/recommender';

function interactions(rows: [number, number, number][], nUsers: number, nItems: number): Interactions {
  return {
    nUsers,
    nItems,
    users: Int32Array.from(rows.map((r) => r[0])),
    items: Int32Array.from(rows.map((r) => r[1])),
    ratings: Float32Array.from(rows.map((r) => r[2])),
  };
}

describe('ranking metrics on a hand-built case', () => {
  // list [a, b, c], relevant {a, c}: hits at ranks 1 and 3
  const list = [0, 1, 2];
  const rel = new Set([0, 2]);
  it('matches the arithmetic', () => {
    expect(precisionAtK(list, rel, 3)).toBeCloseTo(2 / 3);
    expect(recallAtK(list, rel, 3)).toBeCloseTo(1);
    // DCG = 1 + 1/log2(4) = 1.5; IDCG = 1 + 1/log2(3)
    expect(ndcgAtK(list, rel, 3)).toBeCloseTo(1.5 / (1 + 1 / Math.log2(3)));
    expect(averagePrecisionAtK(list, rel, 3)).toBeCloseTo((1 + 2 / 3) / 2);
  });
  it('top-k skips the excluded items and keeps order', () => {
    expect(topK([0.1, 0.9, 0.5, 0.7], 2)).toEqual([1, 3]);
    expect(topK([0.1, 0.9, 0.5, 0.7], 2, new Set([1]))).toEqual([3, 2]);
  });
});

describe('EASE', () => {
  // two taste groups: users 0-3 watch items 0,1,2; users 4-7 watch 3,4,5
  const rows: [number, number, number][] = [];
  for (let u = 0; u < 8; u += 1) for (const i of u < 4 ? [0, 1, 2] : [3, 4, 5]) rows.push([u, i, 5]);
  const model = fitEase(interactions(rows, 8, 6), 1);
  const items: ItemInfo[] = ['A', 'B', 'C', 'D', 'E', 'F'].map((t, i) => ({ key: String(i), title: t, year: 1990, genres: [i < 3 ? 'Drama' : 'Comedy'] }));

  it('has a zero diagonal and recommends the co-watched items to a new user (fold-in)', () => {
    for (let i = 0; i < 6; i += 1) expect(model.weights[i * 6 + i]).toBe(0);
    const out = recommend(model, [{ item: 0, rating: 5 }], items, [4, 4, 4, 4, 4, 4], { diversity: 0, popularityPenalty: 0 }, 2);
    expect(out.recommendations.map((r) => r.title).sort()).toEqual(['B', 'C']);
  });

  it('names the rated item behind each recommendation', () => {
    const reason = reasonFor(model, 4, [{ item: 0, rating: 5 }, { item: 3, rating: 4 }], items, [4, 4, 4, 4, 4, 4]);
    expect(reason.item).toBe(3);
    expect(reason.text).toBe('because you rated D 4★');
  });
});

describe('MMR diversity dial', () => {
  const items: ItemInfo[] = Array.from({ length: 6 }, (_, i) => ({ key: String(i), title: `M${i}`, year: null, genres: [i < 4 ? 'Drama' : i === 4 ? 'Comedy' : 'Horror'] }));
  const scores = [1, 0.95, 0.9, 0.85, 0.5, 0.4];
  it('leaves the list alone at 0 and diversifies it as the dial moves', () => {
    const plain = rerank(scores, new Set(), 3, items, [1, 1, 1, 1, 1, 1], { diversity: 0, popularityPenalty: 0 });
    expect(plain).toEqual([0, 1, 2]);
    const diverse = rerank(scores, new Set(), 3, items, [1, 1, 1, 1, 1, 1], { diversity: 0.7, popularityPenalty: 0 });
    expect(diverse[0]).toBe(0);
    expect(listDiversity(diverse, items)).toBeGreaterThan(listDiversity(plain, items));
  });
  it('the popularity penalty pushes the most rated item down', () => {
    const list = rerank([1, 0.99, 0.98], new Set(), 1, items, [1000, 1, 1], { diversity: 0, popularityPenalty: 1 });
    expect(list[0]).not.toBe(0);
  });
});

describe('MF', () => {
  it('learns a low-rank rating matrix and folds a new user in without retraining', () => {
    // users like either items 0-4 (5 stars) or 5-9; one held-out cell each
    const rows: [number, number, number][] = [];
    for (let u = 0; u < 40; u += 1) for (let i = 0; i < 10; i += 1) if ((u + i) % 7 !== 0) rows.push([u, i, (u % 2 === 0) === i < 5 ? 5 : 1]);
    const m = fitMf(interactions(rows, 40, 10), { factors: 4, epochs: 200, learningRate: 0.02, reg: 0.01, regBias: 0.01, decay: 1, initStd: 0.1, seed: 1 });
    expect(mfPredict(m, 0, 0)).toBeGreaterThan(4); // (0+0)%7 === 0: held out
    expect(mfPredict(m, 0, 7)).toBeLessThan(2.5); // (0+7)%7 === 0: held out
    const user = mfFoldIn(m, [{ item: 0, rating: 5 }, { item: 1, rating: 5 }, { item: 6, rating: 1 }]);
    const score = (i: number) => m.globalMean + user.bias + m.itemBias[i] + user.factors.reduce((s, f, d) => s + f * m.itemFactors[i * 4 + d], 0);
    expect(score(3)).toBeGreaterThan(score(8));
  });
  it('an ensemble is one MF model whose predictions are the mean of its members', () => {
    const rows: [number, number, number][] = [];
    for (let u = 0; u < 12; u += 1) for (let i = 0; i < 8; i += 1) if ((u + i) % 3) rows.push([u, i, 1 + ((u * i) % 5)]);
    const data = interactions(rows, 12, 8);
    const p = { factors: 3, epochs: 20, learningRate: 0.02, reg: 0.02, regBias: 0.01, decay: 1, initStd: 0.1, seed: 5 };
    const members = [fitMf(data, p), fitMf(data, { ...p, seed: 106 })];
    const joined = fitMf(data, { ...p, ensemble: 2 });
    expect(joined.factors).toBe(6);
    for (const [u, i] of [[0, 0], [3, 5], [11, 7]]) {
      const mean = (mfPredict(members[0], u, i) + mfPredict(members[1], u, i)) / 2;
      expect(mfPredict(joined, u, i)).toBeCloseTo(mean, 5);
      expect(mfPredict(averageMf(members), u, i)).toBeCloseTo(mean, 5);
    }
  });
});

describe('bring your own data', () => {
  it('parses a user,item,rating CSV and evaluates both protocols on it', () => {
    const lines = ['user,item,rating,timestamp'];
    for (let u = 0; u < 30; u += 1) for (let i = 0; i < 12; i += 1) if ((u * 7 + i) % 3) lines.push(`u${u},i${(i + (u % 2) * 6) % 12},${1 + ((u + i) % 5)},${i}`);
    const data = customDataset(lines.join('\n'), 'item,title\ni0,Zero', { seed: 3 });
    expect(data.items[data.items.findIndex((x) => x.key === 'i0')].title).toBe('Zero');
    expect(data.folds).toHaveLength(5);
    expect(data.ranking.test.length).toBeGreaterThan(0);
    const ease = fitEase(data.all, 10);
    const ev = evaluateRanking(data, (_u, items) => new Float32Array(data.items.length).map((_, j) => items.reduce((sum, i) => sum + ease.weights[i * ease.nItems + j], 0)), { bootstrap: false });
    expect(ev.metrics.users).toBeGreaterThan(0);
    expect(() => parseRatingsCsv('u,i,x\n1,2,abc')).toThrow(/line 2: rating "abc"/);
  });
});
