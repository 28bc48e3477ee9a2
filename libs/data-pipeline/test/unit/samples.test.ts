// Every dataset builds from the project's generated sample with no data source at all, and everything
// built from a sample says so.
import { BUILDERS } from '../../src/datasets';
import { buildRoadSigns } from '../../src/datasets/road-sign-detection-subset';
import { buildCreditDefault } from '../../src/datasets/uci-default-of-credit-card-clients';
import { buildPimaDiabetes } from '../../src/datasets/pima-indians-diabetes';
import { buildMovieLens100k } from '../../src/datasets/movielens-100k';
import { buildClinc150 } from '../../src/datasets/clinc150';
import { buildToutiaoNewsTitles } from '../../src/datasets/toutiao-news-titles-20k';
import { qualityReportSchema } from '../../src/report/schema';
import { generateCreditCsv } from '../../src/samples/credit-sample';
import { generateMovieLensSample } from '../../src/samples/movielens-sample';
import { maxStratificationGap } from '../helpers/stratification';

const noSource = { mirrors: '', download: false, progress: null } as const;

describe('samples', () => {
  it.each(Object.keys(BUILDERS))('%s builds from its sample, flagged as such everywhere', async (id) => {
    const build = await BUILDERS[id as keyof typeof BUILDERS]({ source: 'sample', resolve: noSource });
    expect(build.isSample).toBe(true);
    expect(build.source).toBe('sample');
    expect(build.split.sample).toBe(true);
    expect(build.report.source).toMatchObject({ kind: 'sample', sample: true, files: [] });
    expect(build.report.title).toMatch(/generated sample/);
    expect(build.report.warnings[0]).toMatch(/SAMPLE/);
    expect(build.examples.length).toBeGreaterThan(20);
    expect(() => qualityReportSchema.parse(build.report)).not.toThrow();
    // The same sample and split on every build.
    const again = await BUILDERS[id as keyof typeof BUILDERS]({ source: 'sample', resolve: noSource });
    expect(again.split).toEqual(build.split);
    expect(again.report).toEqual(build.report);
  });

  it('the credit sample exercises the real quirks: CRLF, scientific notation, undocumented codes, duplicates', async () => {
    const csv = generateCreditCsv();
    expect(csv.startsWith('ID,X1,X2,X3,')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).toMatch(/,\d\.\d\dE\+0\d,/);
    const build = await buildCreditDefault({ source: 'sample' });
    expect(build.report.decisions.find((d) => d.column === 'EDUCATION')?.byValue).toEqual(expect.objectContaining({ '0': expect.any(Number), '5': expect.any(Number), '6': expect.any(Number) }));
    expect(build.report.duplicates.stats[0].removed).toBe(2);
    expect(maxStratificationGap(build.split, build.byId, (e) => String(e.label))).toBeLessThan(1.5);
  });

  it('the Pima sample marks zeros as missing', async () => {
    const build = await buildPimaDiabetes({ source: 'sample' });
    expect(build.report.missing.insulin.count).toBeGreaterThan(50);
    expect(build.examples.some((e) => e.features.insulin === 0)).toBe(false);
  });

  it('the text samples exercise dedupe, leakage removal and PII detection', async () => {
    const clinc = await buildClinc150({ source: 'sample' });
    const stats = clinc.report.duplicates.stats;
    expect(stats.find((s) => s.kind === 'exact')?.leakage['train->test']).toBeGreaterThanOrEqual(1);
    expect(stats.find((s) => s.kind === 'normalized')?.leakage['train->val']).toBeGreaterThanOrEqual(1);
    expect(clinc.report.pii.columns[0].byKind).toEqual({ email: 1, phone: 1 });
    const toutiao = await buildToutiaoNewsTitles({ source: 'sample' });
    expect(toutiao.report.duplicates.stats.find((s) => s.kind === 'normalized')?.removed).toBeGreaterThanOrEqual(1);
    expect(toutiao.report.features.find((f) => f.name === 'text')).toMatchObject({ displayable: false });
  });

  it('the MovieLens sample has latin-1 titles and five disjoint folds', async () => {
    const files = generateMovieLensSample();
    expect(files['u.item'].some((b) => b > 127)).toBe(true);
    const build = await buildMovieLens100k({ source: 'sample' });
    expect(build.movies.some((m) => /[éêñÜ]/.test(m.title))).toBe(true);
    const tests = build.folds.flatMap((f) => f.parts.test);
    expect(new Set(tests).size).toBe(build.examples.length);
    expect(build.folds.every((f) => f.parts.train.length + f.parts.test.length === build.examples.length)).toBe(true);
  });

  it('the road-sign sample cleans a zero-size box and clips one that sticks out', async () => {
    const build = await buildRoadSigns({ source: 'sample' });
    expect(build.report.steps.find((s) => s.step === 'clean boxes')?.removed).toEqual({ 'zero-size box (xmax <= xmin or ymax <= ymin)': 1 });
    const clip = build.report.decisions.find((d) => d.rule.startsWith('clip'));
    expect(clip?.count).toBe(1);
    for (const e of build.examples) for (const b of e.boxes) expect(b.xmax).toBeLessThanOrEqual(e.width);
    const image = await build.loadImage(build.examples[0].id);
    expect(image.data.length).toBe(image.width * image.height * 4);
  });
});

describe('bring your own data', () => {
  it('builds from a local file in the catalog layout, marked "custom" with its sha256', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-byod-'));
    try {
      const file = path.join(dir, 'my-clients.csv');
      writeFileSync(file, generateCreditCsv({ rows: 300, seed: 'mine' }));
      const build = await buildCreditDefault({ localFiles: { 'taiwan-default/UCI_Credit_Card.csv': file } });
      expect(build.source).toBe('custom');
      expect(build.isSample).toBe(false);
      expect(build.report.source).toMatchObject({ kind: 'custom', sample: false, files: [{ path: file, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }] });
      expect(build.report.rowsIn).toBe(302);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
