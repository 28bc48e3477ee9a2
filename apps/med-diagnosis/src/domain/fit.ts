// Fits one model of a configuration on preprocessed rows: centralized (logistic, mlp) with the
// shared training loop, or by federated averaging over the simulated hospitals, with or without
// DP-SGD. The noise multiplier of a DP run is chosen by the RDP accountant so that the least private
// hospital (the smallest: highest sampling rate) spends at most the target epsilon.
import {
  buildLogisticRegression,
  buildTabularMlp,
  federatedAveraging,
  findNoiseMultiplier,
  partitionByKey,
  selectRows,
  tf,
  trainModel,
  type TrainingEvent,
} from '@atlas/model-core';
import { DELTA, type MedConfig } from './configs';
import { roundMessage } from './round-message';

export interface FitProgress {
  /** 0..1 within this fit. */
  fraction: number;
  message: string;
  training?: TrainingEvent;
  round?: { round: number; rounds: number; trainLoss: number; epsilon?: number };
}

export interface FitResult {
  model: tf.LayersModel;
  seconds: number;
  epochs: number;
  privacy: { epsilon: number; epsilonClassic: number; delta: number; noiseMultiplier: number; steps: number; samplingRate: number } | null;
  hospitals: { size: number; positives: number }[] | null;
  rounds: { round: number; trainLoss: number; epsilon?: number }[];
}

function buildModel(config: MedConfig, inputs: number) {
  return config.kind === 'mlp'
    ? buildTabularMlp({ numericFeatures: inputs, hidden: config.hidden, target: { kind: 'binary' }, l2: config.l2, seed: config.seed })
    : buildLogisticRegression({ inputs, l2: config.kind === 'logistic' ? config.l2 : undefined, seed: config.seed });
}

const perExampleLoss = (yTrue: tf.Tensor, yPred: tf.Tensor): tf.Tensor => tf.metrics.binaryCrossentropy(yTrue, yPred);

/** The noise multiplier that keeps every hospital's local DP-SGD within the epsilon. */
export function noiseFor(config: MedConfig, clientSizes: number[], epsilon: number): number {
  let sigma = 0;
  for (const n of clientSizes) {
    if (n === 0) continue;
    const q = Math.min(1, config.localBatchSize / n);
    const steps = config.rounds * Math.ceil((config.localEpochs * n) / config.localBatchSize);
    sigma = Math.max(sigma, findNoiseMultiplier({ q, steps, delta: DELTA, targetEpsilon: epsilon }).noiseMultiplier);
  }
  return sigma;
}

export async function fitModel(
  config: MedConfig,
  x: number[][],
  y: number[],
  hospitalKeys: number[],
  options: { signal?: AbortSignal; onProgress?: (p: FitProgress) => void } = {},
): Promise<FitResult> {
  const started = Date.now();
  const inputs = x[0]?.length ?? 0;
  const { model, loss } = buildModel(config, inputs);
  if (config.kind === 'logistic' || config.kind === 'mlp') {
    const xs = tf.tensor2d(x, [x.length, inputs]);
    const ys = tf.tensor2d(y, [y.length, 1]);
    try {
      await trainModel(
        model,
        { train: { x: xs, y: ys } },
        {
          epochs: config.epochs,
          batchSize: config.batchSize,
          seed: config.seed,
          loss,
          optimizer: { name: 'adam', learningRate: config.learningRate },
          signal: options.signal,
          stepEventInterval: 20,
          onProgress: (event) => {
            const fraction = event.type === 'step' || event.type === 'epoch' ? event.step / event.totalSteps : event.type === 'end' ? 1 : 0;
            options.onProgress?.({ fraction, message: `epoch ${'epoch' in event ? event.epoch : ''}`, training: event });
          },
        },
      );
    } finally {
      tf.dispose([xs, ys]);
    }
    return { model, seconds: (Date.now() - started) / 1000, epochs: config.epochs, privacy: null, hospitals: null, rounds: [] };
  }

  const { keys, parts } = partitionByKey(hospitalKeys);
  const order = keys.map((k, i) => ({ k, i })).sort((a, b) => a.k - b.k);
  const clients = order.map(({ i }) => ({ x: selectRows(x, parts[i]), y: selectRows(y, parts[i]).map((v) => [v]) }));
  const hospitals = order.map(({ i }) => ({ size: parts[i].length, positives: parts[i].reduce((s, r) => s + y[r], 0) }));
  const dp = config.kind === 'federated-dp';
  const noiseMultiplier = dp ? noiseFor(config, hospitals.map((h) => h.size), config.epsilon ?? 3) : 0;
  const result = await federatedAveraging(model, {
    clients,
    rounds: config.rounds,
    localEpochs: config.localEpochs,
    localBatchSize: config.localBatchSize,
    createOptimizer: () => (dp ? tf.train.sgd(config.learningRate) : tf.train.adam(config.learningRate)),
    lossFn: perExampleLoss,
    seed: config.seed,
    signal: options.signal,
    ...(dp ? { privacy: { level: 'example' as const, l2NormClip: config.l2NormClip, noiseMultiplier, delta: DELTA } } : {}),
    onRound: (event) => {
      options.onProgress?.({
        fraction: event.round / event.rounds,
        message: roundMessage(event),
        round: { round: event.round, rounds: event.rounds, trainLoss: event.trainLoss, epsilon: event.epsilon },
      });
    },
  });
  tf.dispose(result.weights);
  return {
    model,
    seconds: (Date.now() - started) / 1000,
    epochs: config.rounds * config.localEpochs,
    privacy: result.privacy
      ? {
          epsilon: result.privacy.epsilon,
          epsilonClassic: result.privacy.epsilonClassic,
          delta: result.privacy.delta,
          noiseMultiplier: result.privacy.noiseMultiplier,
          steps: result.privacy.steps,
          samplingRate: result.privacy.samplingRate,
        }
      : null,
    hospitals,
    rounds: result.history.map((h) => ({ round: h.round, trainLoss: h.trainLoss, ...(h.epsilon === undefined ? {} : { epsilon: h.epsilon }) })),
  };
}

/** Probabilities of the positive class for preprocessed rows. */
export function predictProbabilities(model: tf.LayersModel, x: number[][]): number[] {
  if (x.length === 0) return [];
  return tf.tidy(() => Array.from((model.predict(tf.tensor2d(x)) as tf.Tensor).dataSync()));
}

export const logit = (p: number): number => {
  const q = Math.min(1 - 1e-7, Math.max(1e-7, p));
  return Math.log(q / (1 - q));
};
