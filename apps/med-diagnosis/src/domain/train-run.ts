// One training run of a configuration on one task: 5-fold stratified cross-validation (the
// preprocessing, imputation included, is fitted inside each training fold), cross-fitted Platt
// calibration of the out-of-fold scores for honest calibration figures, then the served model on
// all rows with a calibrator fitted on every out-of-fold score. Returns the model, the preprocessing
// to save beside it and the metrics the pages show.
import { stratifiedSplit } from '@atlas/data-pipeline';
import {
  applyCalibrator,
  brierScore,
  expectedCalibrationError,
  fitPlatt,
  reliabilityCurve,
  rocAuc,
  rocCurve,
  stratifiedBootstrapCi,
  thresholdGrid,
  thresholdSweep,
  confusionMatrix,
  averagePrecision,
  tf,
  type PlattCalibrator,
} from '@atlas/model-core';
import type { MedConfig } from './configs';
import { fitPreprocess, transformRows, type Preprocess, type RawFeatures } from './features';
import { fitModel, logit, predictProbabilities, type FitProgress, type FitResult } from './fit';
import { hospitalOf, taskOf, type TaskSpec } from './tasks';

export interface Patient {
  id: string;
  features: RawFeatures;
  label: 0 | 1;
}

export interface JobProgress {
  stage: string;
  message: string;
  fraction: number;
  training?: FitProgress['training'];
}

export interface ThresholdPoint {
  threshold: number;
  sensitivity: number;
  specificity: number;
  ppv: number | null;
  npv: number | null;
  positiveRate: number;
}

export interface MedMetrics {
  task: string;
  config: string;
  kind: MedConfig['kind'];
  dataset: { id: string; name: string; rows: number; positives: number; isSample: boolean; source: string };
  cv: {
    k: number;
    foldAuc: number[];
    meanAuc: number;
    stdAuc: number;
    pooledAuc: { estimate: number; lower: number; upper: number; level: number };
    /** Of the cross-fitted calibrated out-of-fold probabilities. */
    ece: number;
    brier: number;
    brierCi: { lower: number; upper: number };
    eceUncalibrated: number;
    averagePrecision: number;
    sensitivityAt90Specificity: number;
    prevalence: number;
  };
  roc: { fpr: number; tpr: number }[];
  reliability: { meanPredicted: number | null; observed: number | null; count: number }[];
  thresholds: ThresholdPoint[];
  confusionAt50: number[][];
  privacy: { epsilon: number; epsilonClassic: number; delta: number; noiseMultiplier: number; steps: number; samplingRate: number; targetEpsilon: number } | null;
  hospitals: { name: string; size: number; positives: number }[] | null;
  /** Out-of-fold results per simulated hospital (the clinically plausible subgroup: age or mass size band), for every configuration. */
  groups: GroupMetrics[];
  rounds: { round: number; trainLoss: number; epsilon?: number }[];
  training: { seconds: number; finalSeconds: number; epochs: number };
  /** Out-of-fold calibrated risks and labels (sorted by risk): the interval of a served risk comes from its neighbours here. */
  oof: { risk: number[]; label: number[] };
  /** The served preprocessing's column statistics (medians imputed, typical ranges). */
  columns: { name: string; median: number; p05: number; p95: number; missingInTraining: number }[];
}

export interface GroupMetrics {
  name: string;
  size: number;
  positives: number;
  /** Null when the group has only one outcome class. */
  auc: number | null;
  meanRisk: number;
  sensitivity: number | null;
  specificity: number | null;
}

export interface ServedPreprocess extends Preprocess {
  /** The task description of a model trained on the user's own CSV (catalog tasks are looked up by id). */
  spec?: TaskSpec;
  calibrator: PlattCalibrator;
  /** Out-of-fold calibrated risks (sorted) and their labels. */
  neighbours: { risk: number[]; label: number[] };
  kind: MedConfig['kind'];
}

export interface TrainRunResult {
  task: TaskSpec;
  model: tf.LayersModel;
  preprocess: ServedPreprocess;
  metrics: MedMetrics;
  final: FitResult;
}

const round = (v: number, d = 4) => Number(v.toFixed(d));

/** Stratified k folds: fold index per patient. */
export function stratifiedFolds(patients: readonly Patient[], k: number, seed: string): number[] {
  const fractions = Object.fromEntries(Array.from({ length: k }, (_, i) => [`fold${i}`, 1]));
  const split = stratifiedSplit(
    patients.map((p) => ({ id: p.id, stratum: String(p.label) })),
    { seed, fractions },
  );
  const foldOf = new Map<string, number>();
  Object.entries(split.parts).forEach(([name, ids]) => ids.forEach((id) => foldOf.set(id, Number(name.slice(4)))));
  return patients.map((p) => foldOf.get(p.id) ?? 0);
}

function sensitivityAtSpecificity(labels: number[], risks: number[], minSpec: number): number {
  const points = thresholdSweep(labels, risks);
  let best = 0;
  for (const p of points) if ((p.specificity ?? 0) >= minSpec && (p.tpr ?? 0) > best) best = p.tpr ?? 0;
  return best;
}

/** AUC, mean risk and the rates at risk 50% of the out-of-fold risks, per hospital band. */
export function groupMetrics(task: TaskSpec, keys: readonly number[], labels: readonly number[], risks: readonly number[]): GroupMetrics[] {
  return task.hospitals.names.map((name, g) => {
    const idx = keys.map((k, i) => (k === g ? i : -1)).filter((i) => i >= 0);
    const y = idx.map((i) => labels[i]);
    const r = idx.map((i) => risks[i]);
    const positives = y.reduce((a, b) => a + b, 0);
    const flagged = (i: number) => r[i] >= 0.5;
    const tp = y.filter((v, i) => v === 1 && flagged(i)).length;
    const tn = y.filter((v, i) => v === 0 && !flagged(i)).length;
    return {
      name,
      size: idx.length,
      positives,
      auc: positives > 0 && positives < idx.length ? round(rocAuc(y, r)) : null,
      meanRisk: round(r.reduce((a, b) => a + b, 0) / Math.max(1, r.length)),
      sensitivity: positives > 0 ? round(tp / positives) : null,
      specificity: positives < idx.length ? round(tn / (idx.length - positives)) : null,
    };
  });
}

export async function trainMedRun(
  configName: string,
  config: MedConfig,
  patients: readonly Patient[],
  dataset: { id: string; name: string; isSample: boolean; source: string },
  options: { signal?: AbortSignal; onProgress?: (p: JobProgress) => void; spec?: TaskSpec } = {},
): Promise<TrainRunResult> {
  const task: TaskSpec = options.spec ?? taskOf(config.task);
  const k = config.folds;
  const units = k + 1;
  const report = (unit: number, stage: string, p: FitProgress) =>
    options.onProgress?.({ stage, message: p.message ? `${stage}: ${p.message}` : stage, fraction: Math.min(1, (unit + p.fraction) / units), training: p.training });

  const labels = patients.map((p) => p.label as number);
  const keys = patients.map((p) => hospitalOf(task, p.features));
  const folds = stratifiedFolds(patients, k, `med-${task.id}-${config.seed}`);
  const oofRaw = new Array<number>(patients.length).fill(0);
  const foldAuc: number[] = [];
  let cvSeconds = 0;

  for (let fold = 0; fold < k; fold++) {
    const trainIdx = patients.map((_, i) => i).filter((i) => folds[i] !== fold);
    const testIdx = patients.map((_, i) => i).filter((i) => folds[i] === fold);
    // Imputation and scaling statistics come from the training fold only.
    const pre = fitPreprocess(task, trainIdx.map((i) => patients[i].features));
    const xTrain = transformRows(pre, trainIdx.map((i) => patients[i].features));
    const fitted = await fitModel(config, xTrain, trainIdx.map((i) => labels[i]), trainIdx.map((i) => keys[i]), {
      signal: options.signal,
      onProgress: (p) => report(fold, `fold ${fold + 1} of ${k}`, p),
    });
    cvSeconds += fitted.seconds;
    const probs = predictProbabilities(fitted.model, transformRows(pre, testIdx.map((i) => patients[i].features)));
    fitted.model.dispose();
    testIdx.forEach((i, j) => (oofRaw[i] = probs[j]));
    foldAuc.push(rocAuc(testIdx.map((i) => labels[i]), probs));
  }

  // Cross-fitted calibration: the risks of fold f are calibrated by a Platt fit on the other folds' scores.
  const scores = oofRaw.map(logit);
  const calibrated = new Array<number>(patients.length).fill(0);
  for (let fold = 0; fold < k; fold++) {
    const others = patients.map((_, i) => i).filter((i) => folds[i] !== fold);
    const platt = fitPlatt(others.map((i) => scores[i]), others.map((i) => labels[i]));
    patients.forEach((_, i) => {
      if (folds[i] === fold) calibrated[i] = applyCalibrator(platt, scores[i]);
    });
  }
  const servedCalibrator = fitPlatt(scores, labels);

  // The served model: all rows.
  const pre = fitPreprocess(task, patients.map((p) => p.features));
  const final = await fitModel(config, transformRows(pre, patients.map((p) => p.features)), labels, keys, {
    signal: options.signal,
    onProgress: (p) => report(k, 'final model', p),
  });
  options.onProgress?.({ stage: 'evaluation', message: 'evaluation: metrics and intervals', fraction: 1 });

  const meanAuc = foldAuc.reduce((a, b) => a + b, 0) / k;
  const stdAuc = Math.sqrt(foldAuc.reduce((a, b) => a + (b - meanAuc) ** 2, 0) / k);
  const pooled = stratifiedBootstrapCi([labels, oofRaw], rocAuc, labels, { seed: 1, resamples: 500 });
  const brierCi = stratifiedBootstrapCi([labels, calibrated], brierScore, labels, { seed: 2, resamples: 500 });
  const roc = rocCurve(labels, calibrated);
  const step = Math.max(1, Math.floor(roc.length / 150));
  const sweep = thresholdSweep(labels, calibrated, { thresholds: thresholdGrid(100) });
  const positives = labels.reduce((a, b) => a + b, 0);
  const order = calibrated.map((r, i) => i).sort((a, b) => calibrated[a] - calibrated[b]);
  const hospitals = final.hospitals?.map((h, i) => ({ name: task.hospitals.names[i] ?? `Hospital ${i + 1}`, ...h })) ?? null;

  const metrics: MedMetrics = {
    task: task.id,
    config: configName,
    kind: config.kind,
    dataset: { ...dataset, rows: patients.length, positives },
    cv: {
      k,
      foldAuc: foldAuc.map((v) => round(v)),
      meanAuc: round(meanAuc),
      stdAuc: round(stdAuc),
      pooledAuc: { estimate: round(pooled.estimate), lower: round(pooled.lower), upper: round(pooled.upper), level: pooled.level },
      ece: round(expectedCalibrationError(labels, calibrated)),
      brier: round(brierScore(labels, calibrated)),
      brierCi: { lower: round(brierCi.lower), upper: round(brierCi.upper) },
      eceUncalibrated: round(expectedCalibrationError(labels, oofRaw)),
      averagePrecision: round(averagePrecision(labels, calibrated)),
      sensitivityAt90Specificity: round(sensitivityAtSpecificity(labels, calibrated, 0.9)),
      prevalence: round(positives / patients.length),
    },
    roc: roc.filter((_, i) => i % step === 0 || i === roc.length - 1).map((p) => ({ fpr: round(p.fpr), tpr: round(p.tpr) })),
    reliability: reliabilityCurve(labels, calibrated).bins.map((b) => ({
      meanPredicted: b.meanPredicted === null ? null : round(b.meanPredicted),
      observed: b.observedRate === null ? null : round(b.observedRate),
      count: b.count,
    })),
    thresholds: sweep
      .filter((p) => Number.isFinite(p.threshold))
      .map((p) => ({
        threshold: round(p.threshold, 3),
        sensitivity: round(p.tpr ?? 0),
        specificity: round(p.specificity ?? 0),
        ppv: p.precision === null ? null : round(p.precision),
        npv: p.npv === null ? null : round(p.npv),
        positiveRate: round(p.positiveRate),
      })),
    confusionAt50: confusionMatrix(labels, calibrated.map((r) => (r >= 0.5 ? 1 : 0)), [0, 1]).matrix,
    privacy: final.privacy ? { ...final.privacy, targetEpsilon: config.epsilon ?? 3 } : null,
    hospitals,
    groups: groupMetrics(task, keys, labels, calibrated),
    rounds: final.rounds,
    training: { seconds: round(cvSeconds + final.seconds, 2), finalSeconds: round(final.seconds, 2), epochs: final.epochs },
    oof: { risk: order.map((i) => round(calibrated[i])), label: order.map((i) => labels[i]) },
    columns: pre.columns.map((c) => ({ name: c.name, median: c.median, p05: c.p05, p95: c.p95, missingInTraining: c.missingInTraining })),
  };
  return {
    task,
    model: final.model,
    preprocess: { ...pre, calibrator: servedCalibrator, neighbours: metrics.oof, kind: config.kind, ...(task.id === 'custom' ? { spec: task } : {}) },
    metrics,
    final,
  };
}
