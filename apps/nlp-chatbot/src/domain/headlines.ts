// The Chinese headline classifier (the Text classifier page): Toutiao's 15 news categories learned
// from the toutiao-news-titles-20k catalog dataset with Chinese character unigrams and bigrams (a
// deterministic stand-in for word segmentation) into one embedding bag. The dataset has no licence
// upstream: its titles are never displayed or shipped; the artifact holds the n-gram vocabulary and
// weights, and the metrics hold only counts and scores. Browser-safe except for training time.
import { buildTextClassifier, classificationReport, measureLatency, measureModelSize, tf, trainModel, type TradeoffCardInput } from '@atlas/model-core';
import { z } from 'zod';
import { batchIds, fitFeaturizer, vocabularySize, type FeaturizerState } from './featurizer';
import type { JobProgressLike } from './train-run';

/** Category code -> upstream slug, Chinese name (upstream readme) and English name. */
export const HEADLINE_CATEGORIES: Record<string, { slug: string; zh: string; en: string }> = {
  '100': { slug: 'news_story', zh: '民生 故事', en: 'Stories and everyday life' },
  '101': { slug: 'news_culture', zh: '文化', en: 'Culture' },
  '102': { slug: 'news_entertainment', zh: '娱乐', en: 'Entertainment' },
  '103': { slug: 'news_sports', zh: '体育', en: 'Sports' },
  '104': { slug: 'news_finance', zh: '财经', en: 'Finance' },
  '106': { slug: 'news_house', zh: '房产', en: 'Real estate' },
  '107': { slug: 'news_car', zh: '汽车', en: 'Cars' },
  '108': { slug: 'news_edu', zh: '教育', en: 'Education' },
  '109': { slug: 'news_tech', zh: '科技', en: 'Technology' },
  '110': { slug: 'news_military', zh: '军事', en: 'Military' },
  '112': { slug: 'news_travel', zh: '旅游', en: 'Travel' },
  '113': { slug: 'news_world', zh: '国际', en: 'World news' },
  '114': { slug: 'stock', zh: '证券 股票', en: 'Stocks' },
  '115': { slug: 'news_agriculture', zh: '农业 三农', en: 'Agriculture' },
  '116': { slug: 'news_game', zh: '电竞 游戏', en: 'Gaming and e-sports' },
};

export const HEADLINE_CONFIG = {
  name: 'zh-bag',
  title: 'Chinese character 1-2-gram bag',
  summary: 'Han characters and character bigrams (no segmenter needed) into one 64-dimension embedding bag, 15 categories.',
  embeddingDim: 64,
  epochs: 8,
  batchSize: 128,
  learningRate: 0.01,
  minDf: 2,
  maxFeatures: 50_000,
  maxTokens: 96,
  seed: 1,
};
export type HeadlineConfig = typeof HEADLINE_CONFIG;

export interface HeadlineExample {
  text: string;
  label: string;
  split: string;
}

export interface HeadlinePreprocess {
  format: 'atlas-nlp-headline-preprocess';
  featurizer: FeaturizerState;
  labels: string[];
  isSample: boolean;
}

export const headlinePreprocessSchema = z.object({
  format: z.literal('atlas-nlp-headline-preprocess'),
  featurizer: z.object({ kind: z.literal('ngram-ids'), maxTokens: z.number().int().positive(), vocab: z.object({ terms: z.array(z.string()) }).passthrough() }),
  labels: z.array(z.string()).min(2),
  isSample: z.boolean(),
});

export interface HeadlineMetrics {
  format: 'atlas-nlp-headline-metrics';
  dataset: { id: string; name: string; source: string; license: string; citation: string; rows: { train: number; val: number; test: number } };
  test: {
    accuracy: number;
    macroF1: number;
    perCategory: { code: string; precision: number; recall: number; f1: number; support: number }[];
    confusion: { labels: string[]; matrix: number[][] };
  };
  /** Share of test headlines in the most common category: what always guessing it would score. */
  majorityBaseline: number;
  training: { seconds: number; backend: string; epochs: number };
  latency: { p50Ms: number; p99Ms: number; backend: string };
  size: { parameters: number; bytes: number };
  vocabulary: number;
}

export interface CategoryProbability {
  code: string;
  zh: string;
  en: string;
  probability: number;
}

export function headlineProbabilities(model: tf.LayersModel, pre: HeadlinePreprocess, text: string): CategoryProbability[] {
  const row = tf.tidy(() => (model.predict(tf.tensor2d(batchIds(pre.featurizer, [text]), [1, pre.featurizer.maxTokens], 'int32')) as tf.Tensor).dataSync());
  return pre.labels
    .map((code, i) => ({ code, zh: HEADLINE_CATEGORIES[code]?.zh ?? code, en: HEADLINE_CATEGORIES[code]?.en ?? code, probability: Number(row[i].toFixed(4)) }))
    .sort((a, b) => b.probability - a.probability);
}

const r4 = (x: number) => Number(x.toFixed(4));

export async function trainHeadlineRun(
  examples: HeadlineExample[],
  dataset: HeadlineMetrics['dataset'] & { isSample: boolean },
  options: { backend: string; config?: HeadlineConfig; onProgress?: (p: JobProgressLike) => void; signal?: AbortSignal },
): Promise<{ model: tf.LayersModel; preprocess: HeadlinePreprocess; metrics: HeadlineMetrics; card: TradeoffCardInput }> {
  const config = options.config ?? HEADLINE_CONFIG;
  const started = Date.now();
  const part = (s: string) => examples.filter((e) => e.split === s);
  const [train, val, test] = [part('train'), part('val'), part('test')];
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const featurizer = fitFeaturizer(train.map((e) => e.text), { wordNgrams: [1, 2], charNgrams: null, minDf: config.minDf, maxFeatures: config.maxFeatures, maxTokens: config.maxTokens });
  const index = new Map(labels.map((l, i) => [l, i]));
  const tensors = (rows: HeadlineExample[]) => ({
    x: tf.tensor2d(batchIds(featurizer, rows.map((r) => r.text)), [rows.length, featurizer.maxTokens], 'int32'),
    y: tf.tensor1d(rows.map((r) => index.get(r.label) ?? 0), 'float32'),
  });
  const trainSet = tensors(train);
  const valSet = tensors(val);
  const bundle = buildTextClassifier({ vocabularySize: vocabularySize(featurizer), maxTokens: featurizer.maxTokens, classes: labels.length, embeddingDim: config.embeddingDim, seed: config.seed });
  try {
    await trainModel(bundle.model, { train: trainSet, validation: valSet }, {
      epochs: config.epochs,
      batchSize: config.batchSize,
      loss: bundle.loss,
      optimizer: { name: 'adam', learningRate: config.learningRate },
      metrics: ['accuracy'],
      seed: config.seed,
      signal: options.signal,
      stepEventInterval: 10,
      earlyStopping: { monitor: 'val_loss', patience: 2 },
      onProgress: (event) => {
        const fraction = 'step' in event ? 0.02 + (0.9 * event.step) / Math.max(1, event.totalSteps) : 0.02;
        options.onProgress?.({ stage: 'training', message: `epoch ${'epoch' in event ? event.epoch : 0}/${config.epochs}`, fraction, training: event });
      },
    });
  } finally {
    tf.dispose([trainSet.x, trainSet.y, valSet.x, valSet.y]);
  }
  const preprocess: HeadlinePreprocess = { format: 'atlas-nlp-headline-preprocess', featurizer, labels, isSample: dataset.isSample };
  const predicted = tf.tidy(() => {
    const x = tf.tensor2d(batchIds(featurizer, test.map((e) => e.text)), [test.length, featurizer.maxTokens], 'int32');
    return Array.from((bundle.model.predict(x) as tf.Tensor).argMax(1).dataSync()).map((i) => labels[i]);
  });
  const report = classificationReport(test.map((e) => e.label), predicted, { labels });
  const counts = new Map<string, number>();
  for (const e of test) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  const probe = '我喜欢读书';
  const latency = await measureLatency(() => headlineProbabilities(bundle.model, preprocess, probe), { warmupRuns: 10, runs: 100 });
  const size = measureModelSize(bundle.model);
  const seconds = (Date.now() - started) / 1000;
  const metrics: HeadlineMetrics = {
    format: 'atlas-nlp-headline-metrics',
    dataset: { id: dataset.id, name: dataset.name, source: dataset.source, license: dataset.license, citation: dataset.citation, rows: { train: train.length, val: val.length, test: test.length } },
    test: {
      accuracy: r4(report.accuracy),
      macroF1: r4(report.macro.f1),
      perCategory: report.perClass.map((c) => ({ code: c.label, precision: r4(c.precision), recall: r4(c.recall), f1: r4(c.f1), support: c.support })),
      confusion: { labels: report.confusion.labels, matrix: report.confusion.matrix },
    },
    majorityBaseline: r4(Math.max(...counts.values()) / test.length),
    training: { seconds, backend: options.backend, epochs: config.epochs },
    latency: { p50Ms: latency.p50Ms, p99Ms: latency.p99Ms, backend: options.backend },
    size: { parameters: size.parameters, bytes: size.bytes },
    vocabulary: featurizer.vocab.terms.length,
  };
  const card: TradeoffCardInput = {
    schemaVersion: 1,
    task: { domain: 'nlp-chatbot-headlines', name: 'Chinese headline category (Toutiao, 15 classes)', kind: 'multiclass-classification', description: config.summary },
    dataset: { name: dataset.name, rows: { train: train.length, validation: val.length, test: test.length }, source: dataset.citation, license: dataset.license, isSample: dataset.isSample },
    quality: {
      metric: 'accuracy',
      value: metrics.test.accuracy,
      higherIsBetter: true,
      ci: null,
      split: 'the upstream test file',
      anchor: { name: 'always the most common category', value: metrics.majorityBaseline, source: 'computed on the same test file' },
    },
    latency: { server: { p50Ms: latency.p50Ms, p95Ms: latency.p95Ms, p99Ms: latency.p99Ms, backend: options.backend, batchSize: 1, runs: latency.runs }, browser: null },
    size: metrics.size,
    training: { seconds, backend: options.backend, epochs: config.epochs, seed: config.seed },
    privacy: { sensitivity: 'public', measures: ['The training titles are never displayed or shipped; the artifact holds character n-gram statistics only'], differentialPrivacy: null },
    explanation: { method: 'none', description: 'Category probabilities only.' },
    failureModes: ['Headline style only: everyday sentences such as 我喜欢读书 are far from the training data, so their probabilities spread over several categories.'],
    humanFallback: 'A demonstration page; no decisions are made from it.',
    createdAt: new Date().toISOString(),
  };
  return { model: bundle.model, preprocess, metrics, card };
}
