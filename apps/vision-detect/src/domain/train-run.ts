// One training run end to end: train from scratch, evaluate on validation and test, measure serving
// latency and size, and assemble the artifact's metrics and tradeoff card.
import { measureLatency, measureModelSize, tf, toLatencyEntry, type TradeoffCardInput } from '@atlas/model-core';
import { buildCard } from './card';
import type { DetectorParams } from './configs';
import type { DetectionData, DetectionExample } from './detection-data';
import { evaluateResults, meanAp, type ImageResult } from './evaluate';
import { detectImages, inputTensor, runnable, type DetectorSpec, type RunnableDetector } from './run-detector';
import type { DatasetSummary, VisionMetrics } from './run-metrics';
import { trainDetector, type TrainProgress } from './train-detector';
import { letterbox } from '@atlas/data-pipeline';
import { decodeDetections } from '@atlas/model-core';
import { CANDIDATES } from './run-detector';
import { FILL } from './image-input';

export interface RunEnvironment {
  onProgress?: (p: TrainProgress) => void;
  signal?: AbortSignal;
  /** CPU seconds used by this process so far (process.cpuUsage in Node). */
  cpuSeconds?: () => number;
  loadAverage?: () => number;
  cores?: number;
  /** Bootstrap resamples of the intervals (fewer in quick tests). */
  resamples?: number;
  latencyRuns?: number;
  /** A line of text (the CLI prints it; the Train page shows it in the log). */
  log?: (message: string) => void;
  /** Validation mAP@0.5 every this many epochs (default 10). */
  validateEvery?: number;
}

export interface DetectionRun {
  detector: RunnableDetector;
  spec: DetectorSpec;
  metrics: VisionMetrics;
  card: TradeoffCardInput;
}

export function resultsOf(detector: RunnableDetector, examples: readonly DetectionExample[]): ImageResult[] {
  const found = detectImages(detector, examples.map((e) => e.image));
  return examples.map((e, i) => ({ id: e.id, width: e.image.width, height: e.image.height, truth: e.boxes, detections: found[i] }));
}

/** Server latency of one image: letterbox, forward pass, decode (the predict route's work). */
export async function serverLatency(detector: RunnableDetector, example: DetectionExample, runs: number) {
  const size = detector.spec.inputSize;
  const summary = await measureLatency(
    () => {
      const lb = letterbox(example.image, size, size, FILL);
      const x = inputTensor([lb.image], size);
      const out = detector.model.predict(x) as tf.Tensor4D;
      decodeDetections(out, detector.layout, { height: size, width: size }, CANDIDATES);
      tf.dispose([x, out]);
    },
    { warmupRuns: 5, runs },
  );
  return toLatencyEntry(summary, tf.getBackend(), 1);
}

const SIDE_EDGES = [8, 16, 32, 64, 128];

/** How many boxes of each class fall in each band of longest side (pixels at the model input). */
export function boxSides(data: DetectionData, inputSize: number): { bins: string[]; counts: Record<string, number[]> } {
  const bins = [...SIDE_EDGES.map((e, i) => `${i ? SIDE_EDGES[i - 1] : 0}-${e} px`), `${SIDE_EDGES.at(-1)}+ px`];
  const counts = Object.fromEntries(data.classes.map((c) => [c, new Array<number>(bins.length).fill(0)]));
  for (const e of [...data.train, ...data.val, ...data.test]) {
    const scale = inputSize / Math.max(e.image.width, e.image.height);
    for (const b of e.boxes) {
      const side = Math.max(b.x2 - b.x1, b.y2 - b.y1) * scale;
      const bin = SIDE_EDGES.findIndex((edge) => side < edge);
      counts[data.classes[b.classId]][bin === -1 ? SIDE_EDGES.length : bin] += 1;
    }
  }
  return { bins, counts };
}

const boxCount = (examples: readonly DetectionExample[]) => examples.reduce((s, e) => s + e.boxes.length, 0);

export async function trainDetectionRun(
  params: DetectorParams,
  data: DetectionData,
  dataset: Omit<DatasetSummary, 'images' | 'boxes' | 'splitIds' | 'boxSides'>,
  env: RunEnvironment = {},
): Promise<DetectionRun> {
  const cpuStart = env.cpuSeconds?.() ?? 0;
  const loadStart = env.loadAverage?.() ?? 0;
  const spec: DetectorSpec = {
    kind: 'centernet-detector',
    classes: data.classes,
    architecture: params.architecture,
    inputSize: params.inputSize,
    stageWidths: params.stageWidths,
    convsPerStage: params.convsPerStage,
    headWidth: params.headWidth,
  };
  const every = env.validateEvery ?? 10;
  const valHistory: { epoch: number; map50: number }[] = [];
  const trained = await trainDetector(params, data.classes.length, data.train, {
    onProgress: env.onProgress,
    signal: env.signal,
    afterEpoch: (epoch, model) => {
      if (!data.val.length || (epoch % every !== 0 && epoch !== params.epochs)) return;
      const map50 = meanAp(resultsOf(runnable(model, spec), data.val), [0.5]).map50;
      valHistory.push({ epoch, map50 });
      env.log?.(`epoch ${epoch}/${params.epochs}: validation mAP@0.5 ${map50.toFixed(3)}`);
    },
  });
  const cpuSeconds = (env.cpuSeconds?.() ?? 0) - cpuStart;
  const loadEnd = env.loadAverage?.() ?? 0;
  env.onProgress?.({ stage: 'evaluate', message: 'evaluating on the validation and test images', fraction: 0.99 });
  const detector = runnable(trained.model, spec);
  const val = data.val.length ? meanAp(resultsOf(detector, data.val)) : null;
  const test = evaluateResults(resultsOf(detector, data.test), data.classes, { resamples: env.resamples });
  const latency = await serverLatency(detector, data.test[0] ?? data.train[0], env.latencyRuns ?? 30);
  const size = measureModelSize(detector.model);
  const metrics: VisionMetrics = {
    kind: 'vision-detect',
    config: params.name,
    configDetails: params,
    classes: data.classes,
    dataset: {
      ...dataset,
      images: { train: data.train.length, val: data.val.length, test: data.test.length },
      boxes: { train: boxCount(data.train), val: boxCount(data.val), test: boxCount(data.test) },
      splitIds: { train: data.train.map((e) => e.id), val: data.val.map((e) => e.id), test: data.test.map((e) => e.id) },
      boxSides: boxSides(data, params.inputSize),
    },
    training: {
      seconds: trained.seconds,
      cpuSeconds,
      steps: trained.steps,
      epochs: params.epochs,
      lossHistory: trained.lossHistory,
      valHistory,
      backend: trained.backend,
      loadAverage: [loadStart, loadEnd],
      cores: env.cores ?? 0,
    },
    val: val ? { map50: val.map50, map: val.map } : null,
    test,
    latency: { server: latency },
    size: { parameters: size.parameters, bytes: size.bytes },
  };
  return { detector, spec, metrics, card: buildCard(metrics, { seed: params.seed }) };
}
