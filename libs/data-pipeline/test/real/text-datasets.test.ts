// CLINC150 and the Toutiao subset through the mirror: MANIFEST counts, upstream splits, leakage removal,
// and Chinese tokenization.
import { buildClinc150 } from '../../src/datasets/clinc150';
import { buildToutiaoNewsTitles } from '../../src/datasets/toutiao-news-titles-20k';
import { applyTextVocab, fitTextVocab } from '../../src/encode/text-vocab';
import { normalizeText } from '../../src/text/normalize';
import { byIdOrThrow, manifestEntry, realResolve } from '../helpers/env';
import { maxStratificationGap } from '../helpers/stratification';

describe('clinc150', () => {
  let build: Awaited<ReturnType<typeof buildClinc150>>;
  beforeAll(async () => {
    build = await buildClinc150({ source: 'real', resolve: realResolve() });
  });

  it('matches the MANIFEST counts per upstream split, intents and domains', () => {
    const m = manifestEntry('nlp-chatbot', 'clinc150');
    expect(build.upstreamCounts).toEqual(m.counts.per_split);
    expect(build.report.rowsIn).toBe(m.counts.rows_total);
    expect(build.labels.filter((l) => l !== 'oos')).toHaveLength(m.counts.in_scope_intents);
    expect(Object.keys(build.domains)).toHaveLength(m.counts.domains);
    expect(build.report.steps[0]).toMatchObject({ rowsIn: 23700, rowsOut: 23700 });
  });

  it('keeps the upstream split and removes cross-split duplicates from the evaluation side', () => {
    expect(build.split.strategy).toBe('upstream');
    expect(build.split.seed).toBeNull();
    const partOf = new Map<string, string>();
    for (const [part, ids] of Object.entries(build.split.parts)) for (const id of ids) partOf.set(id, part);
    for (const e of build.examples) expect(partOf.get(e.id)).toBe(e.split);
    // No normalized text is in two parts any more.
    const seen = new Map<string, string>();
    for (const e of build.examples) {
      const key = normalizeText(e.text);
      const other = seen.get(key);
      expect(other === undefined || other === e.split).toBe(true);
      seen.set(key, e.split);
    }
    const exact = build.report.duplicates.stats.find((s) => s.kind === 'exact');
    const normalized = build.report.duplicates.stats.find((s) => s.kind === 'normalized');
    expect(exact?.removed).toBe(5);
    expect(exact?.leakage).toEqual({ 'train->val': 3, 'train->test': 2 });
    expect(exact?.labelConflicts).toBeGreaterThan(0);
    expect(normalized?.removed).toBeGreaterThan(50);
    // Train keeps every upstream training utterance except within-train normalized duplicates.
    expect(build.split.parts.train.length).toBe(15100 - (normalized?.bySplit.train ?? 0));
    expect(build.report.pii.columns[0]).toMatchObject({ column: 'text', kind: 'free-text' });
  });

  it('gives the same build twice', async () => {
    const again = await buildClinc150({ source: 'real', resolve: realResolve() });
    expect(again.split).toEqual(build.split);
    expect(again.report.duplicates).toEqual(build.report.duplicates);
  });
});

describe('toutiao-news-titles-20k', () => {
  let build: Awaited<ReturnType<typeof buildToutiaoNewsTitles>>;
  beforeAll(async () => {
    build = await buildToutiaoNewsTitles({ source: 'real', resolve: realResolve() });
  });

  it('parses both files with the MANIFEST counts and class balance', () => {
    const m = manifestEntry('nlp-chatbot', 'toutiao-news-titles-20k');
    expect(build.report.rowsIn).toBe(m.counts.rows_total);
    expect(build.report.steps[0]).toMatchObject({ rowsIn: 20000, rowsOut: 20000, removed: {} });
    expect(Object.keys(build.categories)).toHaveLength(m.counts.classes);
    expect(build.report.classBalanceIn).toEqual(m.class_balance);
    const fromFile = { dev: 0, test: 0 };
    for (const e of build.examples) fromFile[e.file]++;
    const removed = build.report.duplicates.stats.reduce((s, d) => s + d.removed, 0);
    expect(fromFile.dev + fromFile.test + removed).toBe(m.counts.rows_total);
  });

  it('removes duplicate titles (1,351 exact repeats) and keeps test free of training titles', () => {
    const exact = build.report.duplicates.stats.find((s) => s.kind === 'exact');
    expect(exact?.removed).toBe(1351);
    const train = new Set([...build.split.parts.train, ...build.split.parts.val].map((id) => normalizeText(byIdOrThrow(build.byId, id).text)));
    expect(build.split.parts.test.some((id) => train.has(normalizeText(byIdOrThrow(build.byId, id).text)))).toBe(false);
    expect(maxStratificationGap({ ...build.split, parts: { train: build.split.parts.train, val: build.split.parts.val } }, build.byId, (e) => e.label)).toBeLessThan(1);
  });

  it('marks the text as not displayable', () => {
    const title = build.report.features.find((f) => f.name === 'text');
    expect(title?.type === 'text' && title.displayable).toBe(false);
    expect(build.report.license.displayable).toBe(false);
  });

  it('tokenizes Chinese titles into character bigrams', () => {
    const texts = build.split.parts.train.slice(0, 2000).map((id) => byIdOrThrow(build.byId, id).text);
    const vocab = fitTextVocab(texts, { wordNgrams: [1, 2], minDf: 2 });
    const bigrams = vocab.terms.filter((t) => /^w:\p{Script=Han} \p{Script=Han}$/u.test(t));
    expect(bigrams.length).toBeGreaterThan(1000);
    const v = applyTextVocab(vocab, texts[0]);
    expect(v.indices.length).toBeGreaterThan(3);
  });
});
