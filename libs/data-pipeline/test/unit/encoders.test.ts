// Encoders are fitted on train only, serialize to JSON, and give identical output after the round trip.
import { fitImpute, applyImpute } from '../../src/encode/impute';
import { applyMinMax, fitMinMax } from '../../src/encode/min-max';
import { applyOneHot, fitOneHot, oneHotNames } from '../../src/encode/one-hot';
import { applyQuantileBins, fitQuantileBins } from '../../src/encode/quantile-bins';
import { applyStandardize, fitStandardize, invertStandardize } from '../../src/encode/standardize';
import { applyWoeBins, applyWoeCategories, fitWoeBins, fitWoeCategories } from '../../src/encode/woe-bins';
import { decodeLabel, encodeLabel, fitLabelMap } from '../../src/encode/label-map';
import { applyTextVocab, fitTextVocab, textToSequence, toDense, OOV_ID } from '../../src/encode/text-vocab';
import { encodeRows, fitTabularEncoder, type ColumnSpec, type Row } from '../../src/encode/tabular';
import { parseLabelMap, parseTabularEncoder, parseTextVocab } from '../../src/encode/schema';
import { createRng } from '../../src/split/rng';

const roundTrip = <T>(state: T): T => JSON.parse(JSON.stringify(state)) as T;

function creditLike(n: number, seed: string): { rows: Row[]; labels: number[] } {
  const rng = createRng(seed);
  const rows: Row[] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const pay = Math.floor(rng() * 5) - 2;
    const limit = Math.round(rng() * 50) * 10000 + 10000;
    const education = ['1', '2', '3', '4'][Math.floor(rng() * 4)];
    const bmi = rng() < 0.1 ? null : 20 + rng() * 20;
    rows.push({ PAY_0: pay, LIMIT_BAL: limit, EDUCATION: education, BMI: bmi });
    labels.push(rng() < 0.1 + 0.15 * (pay + 2) - limit / 5_000_000 ? 1 : 0);
  }
  return { rows, labels };
}

describe('single encoders', () => {
  it('standardize uses the training statistics only and round-trips', () => {
    const s = fitStandardize([1, 2, 3, 4, null]);
    expect(s).toEqual({ kind: 'standardize', mean: 2.5, std: Math.sqrt(1.25), count: 4 });
    expect(applyStandardize(roundTrip(s), 10)).toBe(applyStandardize(s, 10));
    expect(invertStandardize(s, applyStandardize(s, 3))).toBeCloseTo(3, 12);
    expect(fitStandardize([5, 5]).std).toBe(1);
  });

  it('min-max clips to the training range', () => {
    const m = fitMinMax([10, 20, 30]);
    expect([applyMinMax(m, 10), applyMinMax(m, 25), applyMinMax(m, 99), applyMinMax(m, -5)]).toEqual([0, 0.75, 1, 0]);
    expect(applyMinMax(fitMinMax([10, 20], { clip: false }), 30)).toBe(2);
  });

  it('one-hot has an unknown bucket for unseen, rare and missing values', () => {
    const o = fitOneHot(['b', 'a', 'b', 'c', 'a', 'b'], { minCount: 2 });
    expect(o.categories).toEqual(['a', 'b']);
    expect(applyOneHot(o, 'a')).toEqual([1, 0, 0]);
    expect(applyOneHot(o, 'c')).toEqual([0, 0, 1]);
    expect(applyOneHot(o, 'z')).toEqual([0, 0, 1]);
    expect(applyOneHot(o, null)).toEqual([0, 0, 1]);
    expect(oneHotNames(o, 'EDU')).toEqual(['EDU=a', 'EDU=b', 'EDU=__unknown__']);
  });

  it('quantile bins put missing values in their own bin', () => {
    const q = fitQuantileBins(Array.from({ length: 100 }, (_, i) => i), { bins: 4 });
    expect(q.cuts).toEqual([24.75, 49.5, 74.25]);
    expect([0, 24.75, 50, 99, null].map((v) => applyQuantileBins(q, v)[0])).toEqual([0, 1, 2, 3, 4]);
    const oh = fitQuantileBins([1, 2, 3, 4], { bins: 2, output: 'one-hot' });
    expect(applyQuantileBins(oh, 1)).toEqual([1, 0, 0]);
  });

  it('imputes with the training median and flags missing values', () => {
    const imp = fitImpute([1, 2, null, 10], { strategy: 'median', indicator: true });
    expect(imp.value).toBe(2);
    expect(applyImpute(imp, null)).toEqual({ value: 2, missing: true });
    expect(fitImpute(['x', 'y', 'y', null], { strategy: 'most-frequent' }).value).toBe('y');
  });

  it('monotonic WoE binning gives monotonic WoE, a missing bin and an information value', () => {
    const { rows, labels } = creditLike(5000, 'woe');
    const woe = fitWoeBins(
      rows.map((r) => r.LIMIT_BAL),
      labels,
    );
    expect(woe.bins.length).toBeGreaterThanOrEqual(2);
    const values = woe.bins.map((b) => b.woe);
    const increasing = values.every((v, i) => i === 0 || v >= values[i - 1]);
    const decreasing = values.every((v, i) => i === 0 || v <= values[i - 1]);
    expect(increasing || decreasing).toBe(true);
    // Higher limits are safer here: WoE (ln good share / bad share) rises with the limit.
    expect(woe.direction).toBe('increasing');
    expect(woe.iv).toBeGreaterThan(0.02);
    expect(woe.bins.reduce((s, b) => s + b.goods + b.bads, 0)).toBe(5000);
    expect(applyWoeBins(roundTrip(woe), 400000)).toBe(applyWoeBins(woe, 400000));
    const bmi = fitWoeBins(rows.map((r) => r.BMI), labels);
    expect(bmi.missing.goods + bmi.missing.bads).toBeGreaterThan(0);
    expect(applyWoeBins(bmi, null)).toBe(bmi.missingWoe);
    const cat = fitWoeCategories(rows.map((r) => r.EDUCATION), labels);
    expect(cat.categories).toEqual(['1', '2', '3', '4']);
    expect(applyWoeCategories(cat, '9')).toBe(0);
  });

  it('label maps are sorted and reject unknown labels unless given a fallback', () => {
    const m = fitLabelMap(['oos', 'balance', 'transfer', 'balance']);
    expect(m.labels).toEqual(['balance', 'oos', 'transfer']);
    expect(encodeLabel(m, 'transfer')).toBe(2);
    expect(decodeLabel(m, 1)).toBe('oos');
    expect(() => encodeLabel(m, 'weather')).toThrow(/Unknown label/);
    expect(encodeLabel(m, 'weather', 'oos')).toBe(1);
    expect(parseLabelMap(JSON.stringify(m))).toEqual(m);
  });
});

describe('tabular encoder', () => {
  const specs: ColumnSpec[] = [
    { column: 'PAY_0', encode: { kind: 'woe-bins' } },
    { column: 'LIMIT_BAL', encode: { kind: 'standardize' } },
    { column: 'EDUCATION', encode: { kind: 'one-hot' } },
    { column: 'BMI', impute: { strategy: 'median', indicator: true }, encode: { kind: 'min-max' } },
    { column: 'BMI', encode: { kind: 'quantile-bins', bins: 5, output: 'one-hot' } },
  ];

  it('is fitted on train only and encodes test rows identically after a JSON round trip', () => {
    const train = creditLike(2000, 'train');
    const test = creditLike(500, 'test');
    const enc = fitTabularEncoder(train.rows, specs, { labels: train.labels, provenance: { datasetId: 'demo', sample: true } });
    const limitState = enc.columns[1].encode;
    expect(limitState.kind === 'standardize' && limitState.mean).toBe(fitStandardize(train.rows.map((r) => r.LIMIT_BAL)).mean);
    expect(enc.featureNames).toEqual([
      'PAY_0#woe',
      'LIMIT_BAL',
      'EDUCATION=1',
      'EDUCATION=2',
      'EDUCATION=3',
      'EDUCATION=4',
      'EDUCATION=__unknown__',
      'BMI',
      'BMI#missing',
      'BMI#bin=0',
      'BMI#bin=1',
      'BMI#bin=2',
      'BMI#bin=3',
      'BMI#bin=4',
      'BMI#bin=missing',
    ]);
    const restored = parseTabularEncoder(JSON.stringify(enc));
    expect(restored).toEqual(enc);
    const a = encodeRows(enc, test.rows);
    const b = encodeRows(restored, test.rows);
    expect(b).toEqual(a);
    expect(a[0]).toHaveLength(enc.featureNames.length);
    expect(enc.provenance).toMatchObject({ datasetId: 'demo', sample: true, fittedOnRows: 2000 });
  });

  it('needs labels for WoE and rejects a malformed preprocess.json', () => {
    expect(() => fitTabularEncoder([{ a: 1 }], [{ column: 'a', encode: { kind: 'woe-bins' } }])).toThrow(/need the training labels/);
    expect(() => parseTabularEncoder({ kind: 'tabular', version: 2 })).toThrow();
  });
});

describe('text vocabulary', () => {
  const train = ["What's my balance?", 'transfer fifty euros to savings', 'what is the weather in osaka', '今天北京天气怎么样', '北京明天会下雨吗'];

  it('builds word and character n-grams, with Chinese character bigrams', () => {
    const vocab = fitTextVocab(train, { wordNgrams: [1, 2], charNgrams: [3, 4] });
    expect(vocab.terms).toEqual(expect.arrayContaining(['w:whats', 'w:whats my', 'w:北 京', 'w:天 气', 'c: wh', 'c:eath']));
    expect(vocab.terms.some((t) => t.startsWith('c:') && /\p{Script=Han}/u.test(t))).toBe(false);
    const v = applyTextVocab(vocab, 'WHATS the weather in 北京?');
    expect(v.indices).toEqual([...v.indices].sort((a, b) => a - b));
    const norm = Math.sqrt(v.values.reduce((s, x) => s + x * x, 0));
    expect(norm).toBeCloseTo(1, 12);
    expect(toDense(v)).toHaveLength(vocab.terms.length);
  });

  it('round-trips through JSON with identical vectors and sequences', () => {
    const vocab = fitTextVocab(train, { wordNgrams: [1, 2], charNgrams: [2, 3], weighting: 'tfidf' });
    const restored = parseTextVocab(JSON.stringify(vocab));
    for (const text of [...train, 'unseen words 你好']) {
      expect(applyTextVocab(restored, text)).toEqual(applyTextVocab(vocab, text));
      expect(textToSequence(restored, text, 8)).toEqual(textToSequence(vocab, text, 8));
    }
    const seq = textToSequence(vocab, 'balance zzz', 4);
    expect(seq[1]).toBe(OOV_ID);
    expect(seq.slice(2)).toEqual([0, 0]);
  });

  it('honours minDf, maxFeatures and count weighting', () => {
    const vocab = fitTextVocab(['a b', 'a c', 'a b'], { wordNgrams: [1, 1], minDf: 2, weighting: 'count', norm: 'none' });
    expect(vocab.terms).toEqual(['w:a', 'w:b']);
    expect(applyTextVocab(vocab, 'a a b')).toEqual({ size: 2, indices: [0, 1], values: [2, 1] });
    expect(fitTextVocab(['a b c d'], { wordNgrams: [1, 1], maxFeatures: 2 }).terms).toHaveLength(2);
  });
});
