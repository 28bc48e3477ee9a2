import {
  averagePrecisionAtK,
  catalogCoverage,
  cosineDistance,
  euclideanDistance,
  intraListDiversity,
  itemPopularity,
  mae,
  meanIntraListDiversity,
  ndcgAtK,
  novelty,
  precisionAtK,
  rankingReport,
  recallAtK,
  reciprocalRank,
  rmse,
} from '../../src/metrics';

describe('regression errors', () => {
  it("match scikit-learn's examples", () => {
    // y_true [3, -0.5, 2, 7], y_pred [2.5, 0, 2, 8]: squared errors .25, .25, 0, 1 -> MSE .375.
    expect(rmse([3, -0.5, 2, 7], [2.5, 0, 2, 8])).toBeCloseTo(Math.sqrt(0.375), 15); // 0.6123724356957945
    // absolute errors .5, .5, 0, 1 -> 0.5
    expect(mae([3, -0.5, 2, 7], [2.5, 0, 2, 8])).toBe(0.5);
    expect(() => rmse([], [])).toThrow(RangeError);
  });
});

describe('top-k ranking metrics', () => {
  // Relevant b, d, f; the list hits b at rank 2 and d at rank 4.
  const recommended = ['a', 'b', 'c', 'd', 'e'];
  const relevant = new Set(['b', 'd', 'f']);

  it('computes precision@k and recall@k', () => {
    expect(precisionAtK(recommended, relevant, 4)).toBe(0.5); // 2 hits / k 4
    expect(recallAtK(recommended, relevant, 4)).toBeCloseTo(2 / 3, 15); // 2 hits / 3 relevant
    expect(precisionAtK(['b'], relevant, 4)).toBe(0.25); // divided by k, not by the list length
    expect(recallAtK(recommended, [], 4)).toBeNaN();
  });

  it('computes binary nDCG@k with a log2 discount', () => {
    // DCG = 1/log2(3) + 1/log2(5); ideal: three relevant at ranks 1..3 = 1 + 1/log2(3) + 1/log2(4).
    const expected = (1 / Math.log2(3) + 1 / Math.log2(5)) / (1 + 1 / Math.log2(3) + 0.5);
    expect(ndcgAtK(recommended, relevant, 4)).toBeCloseTo(expected, 15); // 0.49819
    expect(ndcgAtK(['b', 'd', 'f'], relevant, 3)).toBeCloseTo(1, 15);
  });

  it("matches scikit-learn's ndcg_score example with graded relevance", () => {
    // ndcg_score([[10, 0, 0, 1, 5]], [[.1, .2, .3, 4, 70]]) = 0.6956940443813076, and 0.4123818817534531 at k=3.
    // The scores rank the items 4, 3, 2, 1, 0.
    const grades = new Map([
      ['i0', 10],
      ['i3', 1],
      ['i4', 5],
    ]);
    const ranked = ['i4', 'i3', 'i2', 'i1', 'i0'];
    expect(ndcgAtK(ranked, grades, 5)).toBeCloseTo(0.6956940443813076, 14);
    expect(ndcgAtK(ranked, grades, 3)).toBeCloseTo(0.4123818817534531, 14);
  });

  it('supports exponential gains', () => {
    // Grades a 3, b 1, c 2 -> gains 7, 1, 3. List b, a, x: DCG = 1/1 + 7/log2(3).
    // Ideal a, c, b: 7/1 + 3/log2(3) + 1/log2(4).
    const grades = new Map([
      ['a', 3],
      ['b', 1],
      ['c', 2],
    ]);
    const expected = (1 + 7 / Math.log2(3)) / (7 + 3 / Math.log2(3) + 0.5);
    expect(ndcgAtK(['b', 'a', 'x'], grades, 3, 'exponential')).toBeCloseTo(expected, 15); // 0.57667
  });

  it('normalises AP@k by min(k, relevant), as microsoft/recommenders map_at_k', () => {
    // Hits at ranks 2 and 4: precision@2 = 1/2, precision@4 = 2/4 -> (0.5 + 0.5) / min(4, 3) = 1/3.
    expect(averagePrecisionAtK(recommended, relevant, 4)).toBeCloseTo(1 / 3, 15);
    // Three hits out of five relevant with k = 3: (1 + 1 + 1) / min(3, 5) = 1 (dividing by 5 would give 0.6).
    expect(averagePrecisionAtK(['a', 'b', 'c'], ['a', 'b', 'c', 'd', 'e'], 3)).toBe(1);
  });

  it('computes the reciprocal rank within k', () => {
    expect(reciprocalRank(recommended, relevant)).toBe(0.5);
    expect(reciprocalRank(recommended, relevant, 1)).toBe(0); // b is at rank 2
    expect(reciprocalRank(['x'], relevant)).toBe(0);
    expect(reciprocalRank([], relevant)).toBe(0);
  });

  it('averages over users with relevant items and counts the rest', () => {
    const report = rankingReport(
      [
        { recommended, relevant },
        // z at rank 3 of a 3-item list, k = 4: P 1/4, R 1, AP (1/3)/1, RR 1/3, nDCG (1/log2(4))/1 = 0.5
        { recommended: ['x', 'y', 'z'], relevant: ['z'] },
        { recommended: ['x'], relevant: [] },
      ],
      4,
    );
    expect(report.users).toBe(2);
    expect(report.usersWithoutRelevant).toBe(1);
    expect(report.precision).toBeCloseTo((0.5 + 0.25) / 2, 15);
    expect(report.recall).toBeCloseTo((2 / 3 + 1) / 2, 15);
    expect(report.map).toBeCloseTo((1 / 3 + 1 / 3) / 2, 15);
    expect(report.mrr).toBeCloseTo((1 / 2 + 1 / 3) / 2, 15);
    const firstNdcg = (1 / Math.log2(3) + 1 / Math.log2(5)) / (1 + 1 / Math.log2(3) + 0.5);
    expect(report.ndcg).toBeCloseTo((firstNdcg + 0.5) / 2, 15);
  });

  it('rejects a list that repeats an item and a k below 1', () => {
    expect(() => precisionAtK(['a', 'a'], relevant, 2)).toThrow('repeats');
    expect(() => precisionAtK(['a'], relevant, 0)).toThrow('positive integer');
  });
});

describe('coverage, novelty and diversity', () => {
  it('computes catalog coverage', () => {
    // {a, b, c} of 5 items.
    expect(catalogCoverage([['a', 'b'], ['b', 'c']], 5)).toBe(0.6);
    // Top 1 of each: {a, b}; with catalog items given, x outside the catalog is not counted.
    expect(catalogCoverage([['a', 'b'], ['b', 'c'], ['x']], ['a', 'b', 'c', 'd'], 1)).toBe(0.5);
  });

  it('computes novelty as mean self-information in bits', () => {
    // Interactions a x4, b x2, c x1, d x1 of 8: shares 1/2, 1/4, 1/8, 1/8.
    const popularity = itemPopularity(['a', 'a', 'a', 'a', 'b', 'b', 'c', 'd']);
    expect(popularity.get('c')).toBe(0.125);
    // -log2: a 1, b 2, c 3 -> lists [a, b], [c]: (1 + 2 + 3) / 3 = 2.
    expect(novelty([['a', 'b'], ['c']], popularity)).toBe(2);
    expect(novelty([['a', 'b'], ['c']], popularity, 1)).toBe(2); // a and c: (1 + 3) / 2
    expect(() => novelty([['zzz']], popularity)).toThrow('popularity');
    expect(novelty([], popularity)).toBeNaN();
  });

  it('computes intra-list diversity from feature vectors or an item distance', () => {
    // Cosine distances: e1-e2 1, e1-(1,1) and e2-(1,1) 1 - 1/sqrt(2) each.
    const vectors = [
      [1, 0],
      [0, 1],
      [1, 1],
    ];
    expect(intraListDiversity(vectors, cosineDistance)).toBeCloseTo((1 + 2 * (1 - Math.SQRT1_2)) / 3, 15);
    // Euclidean: sqrt(2), 1, 1 -> (sqrt(2) + 2) / 3.
    expect(intraListDiversity(vectors, euclideanDistance)).toBeCloseTo((Math.SQRT2 + 2) / 3, 15);
    // Ids with a genre lookup: a and b share a genre (0), c differs (1): (0 + 1 + 1) / 3.
    const genre: Record<string, string> = { a: 'drama', b: 'drama', c: 'comedy' };
    const sameGenre = (first: string, second: string) => (genre[first] === genre[second] ? 0 : 1);
    expect(intraListDiversity(['a', 'b', 'c'], sameGenre)).toBeCloseTo(2 / 3, 15);
    // A one-item list has no pairs and is left out of the mean.
    expect(intraListDiversity(['a'], sameGenre)).toBeNaN();
    expect(meanIntraListDiversity([['a', 'b'], ['a', 'c'], ['a']], sameGenre)).toBe(0.5);
  });
});
