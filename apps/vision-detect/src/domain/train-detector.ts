// Trains the detector from scratch: every epoch draws a fresh augmented view of each training image
// (so the model never sees the same crop twice), then runs one pass of model-core's training loop
// with a shared Adam optimizer under a warmup + cosine learning-rate schedule.
import { createRng } from '@atlas/data-pipeline';
import { createOptimizer, setLearningRate, tf, trainModel, type TrainingEvent } from '@atlas/model-core';
import { buildNetwork, trainingHead, type TrainingHead } from './architecture';
import { augmentExample, type ClassBox } from './augment';
import type { DetectorParams } from './configs';
import type { DetectionExample } from './detection-data';
import { pixelsOf } from './image-input';

export interface TrainProgress {
  stage: string;
  message: string;
  fraction: number;
  training?: TrainingEvent;
}

interface Balance {
  repeats: number[];
  classWeight: (classId: number) => number;
}

export interface TrainedDetector {
  model: tf.LayersModel;
  /** Mean training loss per epoch. */
  lossHistory: number[];
  seconds: number;
  steps: number;
  backend: string;
}


/** Learning rate at a fraction of training: linear warmup, then cosine decay to 2% of the peak. */
export function learningRateAt(params: DetectorParams, progress: number): number {
  if (progress < params.warmup) return params.learningRate * Math.max(0.05, progress / params.warmup);
  const t = (progress - params.warmup) / Math.max(1e-9, 1 - params.warmup);
  return params.learningRate * (0.02 + 0.98 * 0.5 * (1 + Math.cos(Math.PI * t)));
}

/** Share of training images that hold each class (0 for a class that none holds). */
export function imageFrequencies(examples: readonly DetectionExample[], classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (const e of examples) for (const c of new Set(e.boxes.map((b) => b.classId))) counts[c] += 1;
  return counts.map((n) => n / Math.max(1, examples.length));
}

/**
 * Repeat-factor sampling (Gupta et al. 2019, LVIS): an image is seen max(1, sqrt(t / f_c)) times per
 * epoch for the rarest class c it holds, f_c being the share of images holding c; the fractional
 * part is drawn at random. Rare classes (23 stop signs against 200 speed limits) get more updates.
 */
export function repeatFactors(examples: readonly DetectionExample[], frequencies: readonly number[], threshold: number): number[] {
  return examples.map((e) => Math.max(1, ...e.boxes.map((b) => Math.sqrt(threshold / Math.max(frequencies[b.classId], 1e-9)))));
}

/** One augmented epoch as tensors: crops [n, C, C, 3] and the detector's targets. */
function augmentedEpoch(train: readonly DetectionExample[], params: DetectorParams, head: TrainingHead, epoch: number, balance: Balance) {
  const rng = createRng(`${params.seed}:augment:${epoch}`);
  const size = params.cropSize;
  const examples = train.flatMap((e, i) => {
    const r = balance.repeats[i];
    return new Array<DetectionExample>(Math.floor(r) + (rng() < r - Math.floor(r) ? 1 : 0)).fill(e);
  });
  const pixels = new Float32Array(examples.length * size * size * 3);
  const boxes: ClassBox[][] = [];
  examples.forEach((example, index) => {
    const view = augmentExample(example.image, example.boxes, params.inputSize, size, params.augment, rng, balance.classWeight);
    pixels.set(pixelsOf(view.image), index * size * size * 3);
    boxes.push(view.boxes);
  });
  return { x: tf.tensor4d(pixels, [examples.length, size, size, 3]), y: head.encodeTargets(boxes) };
}

export async function trainDetector(
  params: DetectorParams,
  classes: number,
  train: readonly DetectionExample[],
  options: { onProgress?: (p: TrainProgress) => void; signal?: AbortSignal; afterEpoch?: (epoch: number, model: tf.LayersModel) => void } = {},
): Promise<TrainedDetector> {
  if (train.length === 0) throw new Error('No training images');
  const model = buildNetwork(params, classes, params.seed);
  const frequencies = imageFrequencies(train, classes);
  const balance: Balance = {
    repeats: repeatFactors(train, frequencies, params.repeatThreshold),
    // Crops centre on a rare sign more often than on a common one in the same image.
    classWeight: (c) => 1 / Math.sqrt(Math.max(frequencies[c], 1e-9)),
  };
  const head = trainingHead(params.cropSize, classes);
  const optimizer = createOptimizer({ name: 'adam', learningRate: params.learningRate });
  const started = performance.now();
  const lossHistory: number[] = [];
  let steps = 0;
  let backend = tf.getBackend();
  try {
    for (let epoch = 0; epoch < params.epochs; epoch++) {
      setLearningRate(optimizer, learningRateAt(params, epoch / params.epochs));
      const { x, y } = augmentedEpoch(train, params, head, epoch, balance);
      try {
        const result = await trainModel(model, { train: { x, y } }, {
          epochs: 1,
          batchSize: params.batchSize,
          seed: params.seed * 1000 + epoch,
          loss: head.loss,
          optimizer,
          clipNorm: 10,
          signal: options.signal,
          stepEventInterval: 2,
          onProgress: (event) => {
            if (event.type !== 'step' && event.type !== 'epoch') return;
            const within = event.type === 'step' ? event.stepInEpoch / event.stepsPerEpoch : 1;
            const fraction = (epoch + within) / params.epochs;
            options.onProgress?.({
              stage: 'train',
              message: `epoch ${epoch + 1}/${params.epochs}, loss ${event.loss.toFixed(3)}`,
              fraction,
              training: { ...event, epoch: epoch + 1, epochs: params.epochs } as TrainingEvent,
            });
          },
        });
        lossHistory.push(result.history[0]?.loss ?? NaN);
        steps += result.steps;
        backend = result.backend;
      } finally {
        tf.dispose([x, y]);
      }
      options.afterEpoch?.(epoch + 1, model);
    }
  } finally {
    optimizer.dispose();
  }
  return { model, lossHistory, seconds: (performance.now() - started) / 1000, steps, backend };
}
