// Fits the `mlp` configurations: the training rows are cut into `parts` stratified parts; member k
// of the ensemble trains on every part but part k (fixed epochs, cosine learning-rate decay) and
// predicts part k. Those held-out predictions, which no member saw in training, fit the calibrator.
// The members are then averaged into one model.
import { encodeRows, fitTabularEncoder } from '@atlas/data-pipeline';
import { buildTabularMlp, fitIsotonic, fitPlatt, tf, trainModel, type EpochLogs } from '@atlas/model-core';
import type { MlpConfig } from './configs';
import { stratifiedParts, subset, type LabeledTable } from './dataset';
import { mlpColumnSpecs } from './encoding';
import { averageOfMembers } from './ensemble';
import { logit, predictEncoded, type FittedModel } from './fitted-model';
import type { InputColumn } from './model-inputs';
import type { ProgressPlan } from './progress';

export interface FitOptions {
  /** Seeds the parts; the networks are seeded from the configuration's seed and this fit's index. */
  seed: string;
  fitIndex?: number;
  plan?: ProgressPlan;
  stage?: string;
  label?: string;
  signal?: AbortSignal;
}

function seedNumber(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) % 1_000_000;
}

export function mlpMemberCount(config: MlpConfig): number {
  return Math.min(config.members, config.parts);
}

export async function fitMlp(config: MlpConfig, table: LabeledTable, columns: readonly InputColumn[], options: FitOptions): Promise<FittedModel> {
  const started = Date.now();
  const encoder = fitTabularEncoder(table.rows, mlpColumnSpecs(columns, table.rows), { labels: table.labels });
  const partFractions = Object.fromEntries(Array.from({ length: config.parts }, (_, i) => [`part${i + 1}`, 1]));
  const parts = stratifiedParts(table, partFractions, `${options.seed}/parts`);
  const members: tf.LayersModel[] = [];
  const histories: EpochLogs[][] = [];
  const heldOutScores: number[] = [];
  const heldOutLabels: number[] = [];
  let samples = 0;
  let trainSeconds = 0;
  const count = mlpMemberCount(config);
  try {
    for (let m = 0; m < count; m++) {
      const heldOut = subset(table, parts[`part${m + 1}`]);
      const trainIds = Object.keys(parts)
        .filter((p) => p !== `part${m + 1}`)
        .flatMap((p) => parts[p]);
      const train = subset(table, trainIds);
      const { model, loss } = buildTabularMlp({
        numericFeatures: encoder.featureNames.length,
        hidden: config.hidden,
        target: { kind: 'binary' },
        l2: config.l2,
        seed: config.seed + 7919 * (options.fitIndex ?? 0) + m,
      });
      const x = tf.tensor2d(encodeRows(encoder, train.rows));
      const y = tf.tensor2d(train.labels, [train.labels.length, 1]);
      const message = `${options.label ?? 'model'}: member ${m + 1} of ${count}`;
      try {
        const result = await trainModel(
          model,
          { train: { x, y } },
          {
            epochs: config.epochs,
            batchSize: config.batchSize,
            seed: seedNumber(`${options.seed}/${m}`),
            loss,
            optimizer: { name: 'adam', learningRate: config.learningRate },
            learningRateSchedule: { kind: 'cosine', warmupSteps: 50, minLearningRate: config.learningRate / 20 },
            signal: options.signal,
            stepEventInterval: 10,
            onProgress: options.plan?.trainingListener(options.stage ?? 'training', message),
          },
        );
        histories.push(result.history);
        samples += result.samplesPerSecond * result.seconds;
        trainSeconds += result.seconds;
      } catch (error) {
        model.dispose();
        throw error;
      } finally {
        tf.dispose([x, y]);
      }
      members.push(model);
      heldOutScores.push(...predictEncoded(model, encodeRows(encoder, heldOut.rows)));
      heldOutLabels.push(...heldOut.labels);
      options.plan?.finishUnit(options.stage ?? 'training', `${message} done`);
    }
    const calibrator =
      config.calibration === 'platt'
        ? fitPlatt(
            heldOutScores.map((p) => logit(p)),
            heldOutLabels,
          )
        : fitIsotonic(heldOutScores, heldOutLabels);
    const model = averageOfMembers(members);
    return {
      kind: 'mlp',
      model,
      encoder,
      columns: [...columns],
      calibrator,
      scorecard: null,
      histories,
      trainingSeconds: (Date.now() - started) / 1000,
      samplesPerSecond: trainSeconds > 0 ? samples / trainSeconds : 0,
      epochs: config.epochs,
    };
  } finally {
    // The ensemble holds copies of the members' weights.
    for (const m of members) m.dispose();
  }
}
