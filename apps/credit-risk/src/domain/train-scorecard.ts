// Fits the scorecard: monotonic WoE bins per characteristic (fitted on the training rows), drops the
// characteristics whose information value is below the configured floor, fits a logistic regression
// on the WoE values, and drops any characteristic whose weight has the wrong sign (a higher WoE,
// i.e. a safer bin, must not raise the PD: collinear characteristics can flip) before refitting.
import { encodeRows, fitTabularEncoder, type TabularEncoderState } from '@atlas/data-pipeline';
import { buildLogisticRegression, tf, trainModel, type EpochLogs } from '@atlas/model-core';
import type { ScorecardConfig } from './configs';
import type { LabeledTable } from './dataset';
import { scorecardColumnSpecs } from './encoding';
import type { FittedModel } from './fitted-model';
import type { InputColumn } from './model-inputs';
import { buildScorecard } from './scorecard';
import type { FitOptions } from './train-mlp';

function informationValueOf(encoder: TabularEncoderState, column: string): number {
  const col = encoder.columns.find((c) => c.column === column);
  const encode = col?.encode;
  return encode && (encode.kind === 'woe-bins' || encode.kind === 'woe-categories') ? encode.iv : 0;
}

async function fitRegression(config: ScorecardConfig, encoder: TabularEncoderState, table: LabeledTable, options: FitOptions) {
  const { model, loss } = buildLogisticRegression({ inputs: encoder.columns.length, l2: config.l2, seed: config.seed + (options.fitIndex ?? 0) });
  const x = tf.tensor2d(encodeRows(encoder, table.rows));
  const y = tf.tensor2d(table.labels, [table.labels.length, 1]);
  try {
    const result = await trainModel(
      model,
      { train: { x, y } },
      {
        epochs: config.epochs,
        // Small tables still get at least 16 updates per epoch.
        batchSize: Math.min(config.batchSize, Math.max(32, Math.ceil(table.labels.length / 16))),
        seed: config.seed,
        loss,
        optimizer: { name: 'adam', learningRate: config.learningRate },
        learningRateSchedule: { kind: 'cosine', warmupSteps: 0, minLearningRate: config.learningRate / 50 },
        signal: options.signal,
        stepEventInterval: 20,
        onProgress: options.plan?.trainingListener(options.stage ?? 'training', `${options.label ?? 'scorecard'}: logistic regression`),
      },
    );
    const [kernel, bias] = model.layers[0].getWeights();
    const weights = Array.from(kernel.dataSync());
    const intercept = bias.dataSync()[0];
    return { model, weights, intercept, result };
  } catch (error) {
    model.dispose();
    throw error;
  } finally {
    tf.dispose([x, y]);
  }
}

export async function fitScorecard(
  config: ScorecardConfig,
  table: LabeledTable,
  candidates: readonly InputColumn[],
  options: FitOptions,
): Promise<FittedModel> {
  const started = Date.now();
  const all = fitTabularEncoder(table.rows, scorecardColumnSpecs(candidates), { labels: table.labels });
  let columns = candidates.filter((c) => informationValueOf(all, c.name) >= config.minInformationValue);
  if (columns.length === 0) throw new Error(`No characteristic reaches an information value of ${config.minInformationValue}`);
  const histories: EpochLogs[][] = [];
  // Each round drops at least one characteristic, so this ends.
  for (;;) {
    const encoder = fitTabularEncoder(table.rows, scorecardColumnSpecs(columns), { labels: table.labels });
    const fit = await fitRegression(config, encoder, table, options);
    histories.push(fit.result.history);
    // logit(PD) = a + sum b_i WoE_i: b_i must be negative (a higher WoE is a safer bin).
    const wrong = columns.filter((_, i) => fit.weights[i] >= 0);
    if (wrong.length === 0 || wrong.length === columns.length) {
      options.plan?.finishUnit(options.stage ?? 'training', `${options.label ?? 'scorecard'}: done`);
      return {
        kind: 'scorecard',
        model: fit.model,
        encoder,
        columns,
        calibrator: null,
        scorecard: buildScorecard(encoder, fit.weights, fit.intercept, config.scaling),
        histories,
        trainingSeconds: (Date.now() - started) / 1000,
        samplesPerSecond: fit.result.samplesPerSecond,
        epochs: config.epochs,
      };
    }
    fit.model.dispose();
    columns = columns.filter((c) => !wrong.includes(c));
  }
}
