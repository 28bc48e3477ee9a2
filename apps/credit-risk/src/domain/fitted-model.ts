// A fitted credit model, whichever family: the layers model, the encoder fitted on its training rows,
// and the calibration (MLP) or points table (scorecard). `predictPd` turns rows into calibrated
// probabilities of default the same way in the training job, the server and the browser.
import { encodeRows, type TabularEncoderState } from '@atlas/data-pipeline';
import { applyCalibrator, tf, type Calibrator, type EpochLogs } from '@atlas/model-core';
import type { InputColumn, ModelRow } from './model-inputs';
import type { ScorecardTable } from './scorecard';

export interface FittedModel {
  kind: 'mlp' | 'scorecard';
  model: tf.LayersModel;
  encoder: TabularEncoderState;
  columns: InputColumn[];
  /** MLP: Platt scaling of the log odds, or isotonic regression of the raw probability. */
  calibrator: Calibrator | null;
  scorecard: ScorecardTable | null;
  /** Training history of each fitted network (the ensemble's members, or the regression). */
  histories: EpochLogs[][];
  trainingSeconds: number;
  samplesPerSecond: number;
  epochs: number;
}

const EPS = 1e-7;

export function logit(p: number): number {
  const q = Math.min(Math.max(p, EPS), 1 - EPS);
  return Math.log(q / (1 - q));
}

/** The calibrated PD of a raw network output. Platt calibrators work on the log odds. */
export function calibrate(calibrator: Calibrator | null, raw: number): number {
  if (!calibrator) return raw;
  return calibrator.kind === 'platt' ? applyCalibrator(calibrator, logit(raw)) : applyCalibrator(calibrator, raw);
}

/** Raw model outputs for encoded rows (one predict call, tensors freed). */
export function predictEncoded(model: tf.LayersModel, encoded: readonly number[][]): number[] {
  if (encoded.length === 0) return [];
  const out = tf.tidy(() => model.predict(tf.tensor2d(encoded as number[][])) as tf.Tensor);
  const values = Array.from(out.dataSync());
  out.dispose();
  return values;
}

export function predictPd(fitted: Pick<FittedModel, 'model' | 'encoder' | 'calibrator'>, rows: readonly ModelRow[]): number[] {
  return predictEncoded(fitted.model, encodeRows(fitted.encoder, rows)).map((raw) => calibrate(fitted.calibrator, raw));
}

export function disposeFitted(fitted: Pick<FittedModel, 'model'>): void {
  fitted.model.dispose();
}
