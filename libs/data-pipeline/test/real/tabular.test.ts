// Credit, Pima and WDBC through the mirror: MANIFEST counts, the documented cleaning, stratified and
// reproducible splits.
import { buildBreastCancerWisconsin } from '../../src/datasets/breast-cancer-wisconsin-diagnostic';
import { buildPimaDiabetes, PIMA_ZERO_MEANS_MISSING } from '../../src/datasets/pima-indians-diabetes';
import { buildCreditDefault, CREDIT_FEATURES, parseCreditCsv } from '../../src/datasets/uci-default-of-credit-card-clients';
import { qualityReportSchema } from '../../src/report/schema';
import { stratifiedSplit } from '../../src/split/stratified';
import { manifestEntry, realResolve } from '../helpers/env';
import { maxStratificationGap } from '../helpers/stratification';

describe('uci-default-of-credit-card-clients', () => {
  let build: Awaited<ReturnType<typeof buildCreditDefault>>;
  const expected = () => manifestEntry('credit-risk', 'uci-default-of-credit-card-clients');

  beforeAll(async () => {
    build = await buildCreditDefault({ source: 'real', resolve: realResolve() });
  });

  it('parses every row of the MANIFEST (CRLF, scientific notation) with its class balance', () => {
    const m = expected();
    expect(build.isSample).toBe(false);
    expect(build.report.source.sample).toBe(false);
    expect(build.report.rowsIn).toBe(m.counts.rows);
    expect(build.report.steps[0]).toMatchObject({ step: 'parse and validate', rowsIn: 30000, rowsOut: 30000, removed: {} });
    expect(build.report.classBalanceIn).toEqual({ default: m.class_balance['1_default'], 'no default': m.class_balance['0_no_default'] });
    expect(Object.keys(build.examples[0].features)).toHaveLength(m.counts.features);
    // Excel wrote some amounts as 5.00E+05: they must come out as numbers.
    expect(build.examples.filter((e) => e.features.LIMIT_BAL === 500000).length).toBeGreaterThan(0);
    expect(build.examples.every((e) => Number.isFinite(e.features.LIMIT_BAL) && (e.features.LIMIT_BAL ?? 0) >= 10000)).toBe(true);
    expect(build.report.rowsOut).toBe(30000 - build.report.duplicates.stats[0].removed);
  });

  it('reads CRLF and scientific notation in the CSV parser itself', async () => {
    const parsed = await parseCreditCsv({ text: `ID,${CREDIT_FEATURES.map((_, i) => `X${i + 1}`).join(',')},Y\r\n1,5.00E+05,2,2,1,24,2,2,-1,-1,-2,-2,3913,3102,689,0,0,0,0,689,0,0,0,1.20E+03,1\r\n` });
    expect(parsed.rejectedCount).toBe(0);
    expect(parsed.valid[0]).toMatchObject({ ID: 1, LIMIT_BAL: 500000, PAY_AMT6: 1200, Y: 1 });
  });

  it('merges the undocumented EDUCATION and MARRIAGE codes and records it in the report', () => {
    const edu = build.report.decisions.find((d) => d.column === 'EDUCATION');
    const mar = build.report.decisions.find((d) => d.column === 'MARRIAGE');
    expect(edu).toMatchObject({ count: 345, byValue: { '0': 14, '5': 280, '6': 51 } });
    expect(edu?.rule).toMatch(/0, 5 and 6 -> 4/);
    expect(mar).toMatchObject({ count: 54, byValue: { '0': 54 } });
    expect(build.examples.every((e) => [1, 2, 3, 4].includes(e.features.EDUCATION ?? -1))).toBe(true);
    expect(build.examples.every((e) => [1, 2, 3].includes(e.features.MARRIAGE ?? -1))).toBe(true);
    const eduSummary = build.report.features.find((f) => f.name === 'EDUCATION');
    expect(eduSummary?.type === 'categorical' && eduSummary.distinct).toBe(4);
  });

  it('removes exact duplicates and splits 70/10/20, stratified within one percentage point', () => {
    expect(build.report.duplicates.stats[0]).toMatchObject({ kind: 'exact', removed: 35 });
    const sizes = Object.fromEntries(Object.entries(build.split.parts).map(([k, v]) => [k, v.length]));
    expect(sizes.train + sizes.val + sizes.test).toBe(build.examples.length);
    expect(Math.abs(sizes.train / build.examples.length - 0.7)).toBeLessThan(0.005);
    expect(maxStratificationGap(build.split, build.byId, (e) => String(e.label))).toBeLessThan(1);
    const ids = new Set<string>();
    for (const part of Object.values(build.split.parts)) for (const id of part) ids.add(id);
    expect(ids.size).toBe(build.examples.length);
  });

  it('gives the same split again from the same ids in any order, and another one for another seed', () => {
    // (Whole builds are rebuilt and compared for Pima and the sample datasets; the credit file only
    // adds size.)
    const items = build.examples.map((e) => ({ id: e.id, stratum: e.label === 1 ? 'default' : 'no default' }));
    const reversed = stratifiedSplit([...items].reverse(), { seed: build.split.seed ?? '', fractions: build.split.fractions ?? {} });
    expect(reversed.parts).toEqual(build.split.parts);
    // Pinned: every machine must rebuild exactly this split from the file and the default seed.
    expect(build.split.fingerprint).toBe('59c7f5747332ef4b');
    const other = stratifiedSplit(items, { seed: 'another-seed', fractions: build.split.fractions ?? {} });
    expect(other.fingerprint).not.toBe(build.split.fingerprint);
    expect(maxStratificationGap(other, build.byId, (e) => String(e.label))).toBeLessThan(1);
  });

  it('produces a valid report with drift and PII sections', () => {
    expect(() => qualityReportSchema.parse(build.report)).not.toThrow();
    expect(build.report.drift.length).toBeGreaterThan(0);
    expect(build.report.drift.every((d) => d.reference === 'train')).toBe(true);
    expect(build.report.pii.columns.map((c) => c.kind)).toEqual(expect.arrayContaining(['quasi-identifier']));
    const bal = build.report.splits[0].parts;
    const defaults = bal.train.classBalance.default + bal.val.classBalance.default + bal.test.classBalance.default;
    expect(defaults).toBe(build.examples.filter((e) => e.label === 1).length);
  });
});

describe('pima-indians-diabetes', () => {
  let build: Awaited<ReturnType<typeof buildPimaDiabetes>>;
  beforeAll(async () => {
    build = await buildPimaDiabetes({ source: 'real', resolve: realResolve() });
  });

  it('matches the MANIFEST counts', () => {
    const m = manifestEntry('med-diagnosis', 'pima-indians-diabetes');
    expect(build.report.rowsIn).toBe(m.counts.rows);
    expect(build.examples).toHaveLength(768);
    expect(build.examples.filter((e) => e.label === 1)).toHaveLength(m.class_balance['1_positive']);
    expect(build.report.classBalanceIn).toEqual({ negative: 500, positive: 268 });
    expect(Object.keys(build.examples[0].features)).toHaveLength(m.counts.features);
  });

  it('turns the zeros of five columns into missing values, as the report documents', () => {
    const m = manifestEntry('med-diagnosis', 'pima-indians-diabetes');
    const zeros = m.data_quality.zero_values_that_mean_missing as Record<string, number>;
    for (const column of PIMA_ZERO_MEANS_MISSING) {
      expect(build.report.missing[column].count).toBe(zeros[column]);
      const decision = build.report.decisions.find((d) => d.column === column);
      expect(decision).toMatchObject({ rule: '0 -> missing (null)', count: zeros[column] });
      expect(build.examples.filter((e) => e.features[column] === null)).toHaveLength(zeros[column]);
      expect(build.examples.some((e) => e.features[column] === 0)).toBe(false);
    }
    // Pregnancies may be 0: it is not a missing marker.
    expect(build.report.missing.pregnancies.count).toBe(0);
    expect(build.examples.some((e) => e.features.pregnancies === 0)).toBe(true);
    const glucose = build.report.features.find((f) => f.name === 'glucose');
    expect(glucose?.type === 'numeric' && glucose.min).toBeGreaterThan(0);
  });

  it('is stratified within one percentage point and reproducible', async () => {
    expect(maxStratificationGap(build.split, build.byId, (e) => String(e.label))).toBeLessThan(1);
    const again = await buildPimaDiabetes({ source: 'real', resolve: realResolve() });
    expect(again.split).toEqual(build.split);
  });
});

describe('breast-cancer-wisconsin-diagnostic', () => {
  it('matches the MANIFEST counts, with M as the positive class', async () => {
    const m = manifestEntry('med-diagnosis', 'breast-cancer-wisconsin-diagnostic');
    const build = await buildBreastCancerWisconsin({ source: 'real', resolve: realResolve() });
    expect(build.report.rowsIn).toBe(m.counts.rows);
    expect(build.examples).toHaveLength(569);
    expect(build.examples.filter((e) => e.label === 1)).toHaveLength(m.class_balance.M_malignant);
    expect(Object.keys(build.examples[0].features)).toHaveLength(m.counts.features);
    expect(maxStratificationGap(build.split, build.byId, (e) => String(e.label))).toBeLessThan(1);
    expect(build.report.missing.radius_mean.count).toBe(0);
  });
});
