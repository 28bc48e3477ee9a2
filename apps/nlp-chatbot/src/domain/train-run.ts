// One training run of an intent configuration: fit the n-gram vocabulary on the training split, train
// the embedding-bag members, average them into one model, choose the out-of-scope threshold on the
// validation split, evaluate on the test split, time single-message predictions. No file system and
// no registry: the caller saves and registers.
import type { QualityReport } from '@atlas/data-pipeline';
import { buildTextClassifier, measureLatency, measureModelSize, tf, trainModel, type TradeoffCardInput, type TrainingEvent } from '@atlas/model-core';
import { buildCard } from './card';
import type { IntentConfig } from './configs';
import { chooseThreshold, knobCasesOf, type KnobOutcome } from './decision';
import { combineMembers } from './ensemble';
import { evaluateIntents, type IntentEvaluation } from './evaluate';
import { batchIds, fitFeaturizer, vocabularySize } from './featurizer';
import type { IntentData, IntentDatasetSummary } from './intent-data';
import { IntentPredictor } from './predictor';
import { PREPROCESS_FORMAT, type IntentPreprocess } from './preprocess';

export const DEFAULT_MARGIN = 0.1;

export interface IntentMetrics {
  format: 'atlas-nlp-intent-metrics';
  version: 1;
  config: string;
  configDetails: IntentConfig;
  dataset: IntentDatasetSummary & { rows: { train: number; val: number; test: number }; intents: number; vocabulary: number };
  validation: KnobOutcome;
  test: IntentEvaluation;
  history: { member: number; epoch: number; loss: number; val_loss: number | null; val_accuracy: number | null }[];
  training: { seconds: number; backend: string; samplesPerSecond: number; epochs: number; batchSize: number };
  latency: { server: { p50Ms: number; p95Ms: number; p99Ms: number; runs: number; backend: string; batchSize: 1 } };
  size: { parameters: number; bytes: number };
  /** The data pipeline's quality report of the build (CLINC150 runs). */
  dataReport?: QualityReport | null;
}

export interface JobProgressLike {
  stage: string;
  message: string;
  fraction: number;
  training?: TrainingEvent;
}

export interface TrainRunOptions {
  backend: string;
  onProgress?: (p: JobProgressLike) => void;
  signal?: AbortSignal;
  latencyRuns?: number;
}

export interface TrainedIntentRun {
  model: tf.LayersModel;
  preprocess: IntentPreprocess;
  metrics: IntentMetrics;
  card: TradeoffCardInput;
  predictor: IntentPredictor;
}

/** Fewer steps than this per member undertrain a small dataset (a user's own intents). */
export const MIN_STEPS = 300;

/**
 * The configuration's batch size and epochs, adapted to small data: at least ~20 batches per epoch
 * and MIN_STEPS updates in all. CLINC150 (15k messages) keeps the configuration as it is; --quick
 * (fewer than 6 epochs) is left alone.
 */
export function trainingSchedule(config: IntentConfig, trainRows: number): { epochs: number; batchSize: number } {
  const batchSize = Math.min(config.batchSize, Math.max(16, Math.floor(trainRows / 20)));
  const steps = Math.ceil(trainRows / batchSize);
  const epochs = config.epochs < 6 ? config.epochs : Math.max(config.epochs, Math.ceil(MIN_STEPS / steps));
  return { epochs, batchSize };
}

function part(data: IntentData, split: 'train' | 'val' | 'test') {
  return data.examples.filter((e) => e.split === split);
}

export async function trainIntentRun(config: IntentConfig, data: IntentData, options: TrainRunOptions): Promise<TrainedIntentRun> {
  const started = Date.now();
  const report = (stage: string, message: string, fraction: number, training?: TrainingEvent) => options.onProgress?.({ stage, message, fraction, training });
  const train = part(data, 'train');
  const val = part(data, 'val');
  const test = part(data, 'test');
  if (train.length === 0 || val.length === 0 || test.length === 0) throw new RangeError('the data needs train, validation and test examples');
  report('features', 'fitting the n-gram vocabulary on the training split', 0.01);
  const featurizer = fitFeaturizer(
    train.map((e) => e.text),
    { wordNgrams: config.wordNgrams, charNgrams: config.charNgrams, minDf: config.minDf, maxFeatures: config.maxFeatures, maxTokens: config.maxTokens },
  );
  const classOf = new Map(data.labels.map((l, i) => [l, i]));
  const tensors = (rows: typeof train) => ({
    x: tf.tensor2d(batchIds(featurizer, rows.map((r) => r.text)), [rows.length, featurizer.maxTokens], 'int32'),
    y: tf.tensor1d(rows.map((r) => classOf.get(r.intent) ?? -1), 'float32'),
  });
  const trainSet = tensors(train);
  const valSet = tensors(val);
  const shape = { vocabularySize: vocabularySize(featurizer), maxTokens: featurizer.maxTokens, classes: data.labels.length, embeddingDim: config.embeddingDim };
  const schedule = trainingSchedule(config, train.length);
  const members: tf.LayersModel[] = [];
  const history: IntentMetrics['history'] = [];
  let trainSeconds = 0;
  let samples = 0;
  try {
    for (let k = 0; k < config.members; k++) {
      const bundle = buildTextClassifier({ ...shape, variant: 'bag', seed: config.seed + k });
      const label = config.members > 1 ? `member ${k + 1}/${config.members}` : 'model';
      const result = await trainModel(bundle.model, { train: trainSet, validation: valSet }, {
        epochs: schedule.epochs,
        batchSize: schedule.batchSize,
        loss: bundle.loss,
        optimizer: { name: 'adam', learningRate: config.learningRate },
        metrics: ['accuracy'],
        seed: config.seed + k,
        signal: options.signal,
        stepEventInterval: 10,
        onProgress: (event) => {
          const within = event.type === 'epoch' || event.type === 'step' ? event.step / Math.max(1, event.totalSteps) : event.type === 'end' ? 1 : 0;
          report('training', `${label}, epoch ${'epoch' in event ? event.epoch : 0}/${schedule.epochs}`, 0.02 + (0.88 * (k + Math.min(1, within))) / config.members, event);
          if (event.type === 'epoch') {
            history.push({ member: k + 1, epoch: event.epoch, loss: event.loss, val_loss: event.metrics.val_loss ?? null, val_accuracy: event.metrics.val_accuracy ?? null });
          }
        },
      });
      trainSeconds += result.seconds;
      samples += result.samplesPerSecond * result.seconds;
      members.push(bundle.model);
    }
  } catch (error) {
    members.forEach((m) => m.dispose());
    throw error;
  } finally {
    tf.dispose([trainSet.x, trainSet.y, valSet.x, valSet.y]);
  }
  const model = combineMembers(members, shape);
  report('threshold', 'choosing the out-of-scope threshold on the validation split', 0.92);
  const preprocess: IntentPreprocess = {
    format: PREPROCESS_FORMAT,
    version: 1,
    config: config.name,
    featurizer,
    labels: data.labels,
    oosLabel: data.oosLabel,
    domainOf: data.domainOf,
    knobs: { threshold: 0, margin: DEFAULT_MARGIN },
    custom: data.dataset.source === 'custom',
    isSample: data.dataset.source === 'sample',
  };
  const predictor = new IntentPredictor(model, preprocess);
  const valRows = predictor.probabilities(val.map((e) => e.text));
  const chosen = chooseThreshold(knobCasesOf(valRows, val.map((e) => e.intent), data.labels, data.oosLabel));
  preprocess.knobs = { threshold: chosen.threshold, margin: DEFAULT_MARGIN };
  report('evaluation', 'scoring the test split', 0.95);
  const testRows = predictor.probabilities(test.map((e) => e.text));
  const evaluation = evaluateIntents({
    texts: test.map((e) => e.text),
    truth: test.map((e) => e.intent),
    probabilities: testRows,
    labels: data.labels,
    oosLabel: data.oosLabel,
    domainOf: data.domainOf,
    threshold: chosen.threshold,
    margin: DEFAULT_MARGIN,
  });
  const probe = test[0].text;
  const latency = await measureLatency(() => predictor.probabilities([probe]), { warmupRuns: 20, runs: options.latencyRuns ?? 200 });
  const size = measureModelSize(model);
  const metrics: IntentMetrics = {
    format: 'atlas-nlp-intent-metrics',
    version: 1,
    config: config.name,
    configDetails: config,
    dataset: { ...data.dataset, rows: { train: train.length, val: val.length, test: test.length }, intents: data.labels.filter((l) => l !== data.oosLabel).length, vocabulary: featurizer.vocab.terms.length },
    validation: chosen.validation,
    test: evaluation,
    history,
    training: { seconds: (Date.now() - started) / 1000, backend: options.backend, samplesPerSecond: trainSeconds > 0 ? samples / trainSeconds : 0, ...schedule },
    latency: { server: { p50Ms: latency.p50Ms, p95Ms: latency.p95Ms, p99Ms: latency.p99Ms, runs: latency.runs, backend: options.backend, batchSize: 1 } },
    size: { parameters: size.parameters, bytes: size.bytes },
  };
  report('evaluation', 'done', 1);
  return { model, preprocess, metrics, card: buildCard(metrics), predictor };
}
