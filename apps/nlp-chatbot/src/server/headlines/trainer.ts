// The headline trainer, a second task of this app saved as runs of its own registry domain
// ('nlp-chatbot-headlines'), so promoting it never replaces the chat model:
// `npx nx run nlp-chatbot:train-headlines`. Node only.
import { buildToutiaoNewsTitles, saveBuild } from '@atlas/data-pipeline/node';
import type { DomainTrainer } from '@atlas/service';
import { HEADLINE_CONFIG, trainHeadlineRun, type HeadlineConfig, type HeadlineExample, type HeadlineMetrics } from '../../domain/headlines';

export const HEADLINES_DOMAIN = 'nlp-chatbot-headlines';

interface HeadlineData {
  examples: HeadlineExample[];
  dataset: HeadlineMetrics['dataset'] & { isSample: boolean };
}

export const headlineTrainer: DomainTrainer<HeadlineData, HeadlineConfig> = {
  domain: HEADLINES_DOMAIN,
  app: 'nlp-chatbot',
  configs: { 'zh-bag': { label: HEADLINE_CONFIG.title, description: HEADLINE_CONFIG.summary, params: HEADLINE_CONFIG } },
  defaultConfig: 'zh-bag',
  modelKind: () => 'ngram-bag',
  backend: 'wasm',
  async loadData({ dataPath, seed }) {
    if (dataPath) throw new RangeError('the headline classifier trains on the Toutiao catalog dataset only (no --data)');
    const build = await buildToutiaoNewsTitles(seed === undefined ? {} : { seed: String(seed) });
    await saveBuild(build);
    const dataset = {
      id: build.isSample ? `${build.id}-sample` : build.id,
      name: build.isSample ? `${build.entry.title} (generated sample)` : build.entry.title,
      source: build.entry.homepage,
      license: build.entry.license.name,
      citation: build.entry.citation,
      rows: { train: build.split.parts.train.length, val: build.split.parts.val.length, test: build.split.parts.test.length },
      isSample: build.isSample,
    };
    return {
      dataset: { id: dataset.id, name: dataset.name, source: dataset.source, license: dataset.license, rows: build.examples.length, sha256: null, isSample: build.isSample },
      data: { examples: build.examples.map((e) => ({ text: e.text, label: e.label, split: e.split })), dataset },
    };
  },
  async train({ params, data, onProgress, signal, backend }) {
    const run = await trainHeadlineRun(data.examples, data.dataset, { backend, config: { ...HEADLINE_CONFIG, ...params }, onProgress, signal });
    return {
      artifact: { model: run.model, preprocess: run.preprocess as never, metrics: run.metrics as never, card: run.card },
      metrics: { headline: { name: 'accuracy', value: run.metrics.test.accuracy }, macroF1: run.metrics.test.macroF1, trainingSeconds: Number(run.metrics.training.seconds.toFixed(1)) },
    };
  },
};
