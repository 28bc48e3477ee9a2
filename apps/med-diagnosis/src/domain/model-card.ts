// The model card of a run (Mitchell et al. 2019, "Model Cards for Model Reporting"): the nine
// sections, written from the run's metrics so every number on the card is one the run measured.
import type { ModelCardData, QuantitativeAnalysis } from '@atlas/ui';
import { HUMAN_FALLBACK, failureModes } from './card';
import type { TaskSpec } from './tasks';
import type { MedMetrics } from './train-run';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const TYPE: Record<MedMetrics['kind'], string> = {
  logistic: 'Logistic regression with Platt calibration',
  mlp: 'Multilayer perceptron (one hidden layer of 8) with Platt calibration',
  federated: 'Logistic regression trained by federated averaging over 5 simulated hospitals, Platt-calibrated',
  'federated-dp': 'Logistic regression trained by federated averaging with DP-SGD in every hospital, Platt-calibrated',
};

function byHospital(metrics: MedMetrics, spec: TaskSpec): QuantitativeAnalysis | null {
  if (!metrics.groups?.length) return null;
  return {
    title: `By simulated hospital (${spec.hospitals.feature} band), out-of-fold, risk threshold 50%`,
    metrics: ['prevalence', 'mean risk', 'ROC AUC', 'sensitivity', 'specificity'],
    groups: metrics.groups.map((g) => ({
      group: g.name,
      n: g.size,
      values: { prevalence: g.positives / Math.max(1, g.size), 'mean risk': g.meanRisk, 'ROC AUC': g.auc, sensitivity: g.sensitivity, specificity: g.specificity },
    })),
    note: 'A group with one outcome class has no AUC. Mean risk close to prevalence in every band means the calibration holds across the bands, not only on average.',
  };
}

export interface PrivacyPoint {
  config: string;
  auc: number | null;
  epsilon: number | null;
}

export function modelCardOf(metrics: MedMetrics, spec: TaskSpec, run: { id: string; finishedAt?: string | null; license: string; citation?: string }, privacy: PrivacyPoint[] = []): ModelCardData {
  const cv = metrics.cv;
  const federated = metrics.kind === 'federated' || metrics.kind === 'federated-dp';
  const analyses = [byHospital(metrics, spec)].filter((a): a is QuantitativeAnalysis => a !== null);
  if (privacy.length) {
    analyses.push({
      title: 'By training configuration: what privacy costs (same task, 5-fold CV)',
      metrics: ['ROC AUC', 'epsilon spent'],
      groups: privacy.map((p) => ({ group: p.config, values: { 'ROC AUC': p.auc, 'epsilon spent': p.epsilon } })),
      note: 'Epsilon at delta 1e-5 from the RDP accountant, for the least private hospital; empty for runs without differential privacy.',
    });
  }
  return {
    modelDetails: {
      name: `${spec.name}: ${metrics.config}`,
      version: run.id,
      date: run.finishedAt ?? undefined,
      type: TYPE[metrics.kind],
      developers: 'Atlas med-diagnosis reference app',
      description: `Calibrated probability of ${spec.outcome} from ${spec.features.length} measurements; missing values imputed with training medians.`,
      license: `Model: as the repository; data: ${run.license}`,
      citation: run.citation,
    },
    intendedUse: {
      primaryUses: [
        'Teaching and research: how calibrated risk models, thresholds, prevalence, federated training and differential privacy behave',
        'A starting point for a validated model trained on a hospital’s own cohort',
      ],
      primaryUsers: ['Product managers and engineers learning medical AI tradeoffs', 'Data-protection officers weighing privacy against accuracy'],
      outOfScope: ['Any clinical use: diagnosis, screening or triage of real patients', 'Populations unlike the training cohort (other ages, sexes, ethnicities, eras, labs)'],
    },
    factors: {
      relevant: spec.id === 'pima' ? ['Age', 'Glucose and BMI', 'Missing measurements (insulin, skinfold)'] : spec.id === 'wdbc' ? ['Mass size (radius)', 'Nuclear shape (concavity, concave points)'] : [`${spec.hospitals.feature}`, 'Missing measurements'],
      evaluation: [`Simulated hospital: ${spec.hospitals.names.join(', ')}`],
    },
    metrics: {
      measures: [
        { name: `ROC AUC, ${cv.k}-fold CV mean`, value: cv.meanAuc, ci: { low: cv.pooledAuc.lower, high: cv.pooledAuc.upper, level: cv.pooledAuc.level }, description: `Folds ${cv.foldAuc.join(', ')}; bar ${spec.aucBar || 'none'}.` },
        { name: 'Brier score (cross-fitted calibration)', value: cv.brier, ci: { low: cv.brierCi.lower, high: cv.brierCi.upper, level: 0.95 } },
        { name: 'Expected calibration error', value: cv.ece, description: `Before calibration: ${cv.eceUncalibrated}.` },
        { name: 'Sensitivity at 90% specificity', value: cv.sensitivityAt90Specificity },
        { name: 'Average precision', value: cv.averagePrecision },
        ...(metrics.privacy ? [{ name: 'Epsilon spent (delta 1e-5)', value: metrics.privacy.epsilon, description: `Target ${metrics.privacy.targetEpsilon}; noise multiplier ${metrics.privacy.noiseMultiplier.toFixed(2)}, ${metrics.privacy.steps} steps.` }] : []),
      ],
      decisionThresholds: 'Flag for work-up when the risk is at least the chosen threshold (50% by default). The Try page shows sensitivity, specificity, PPV and NPV at every threshold and recomputes PPV/NPV for your prevalence.',
      variationApproaches: `${cv.k}-fold stratified cross-validation (fold SD ${cv.stdAuc}); the interval is a stratified bootstrap of the pooled out-of-fold predictions.`,
    },
    evaluationData: {
      datasets: `${metrics.dataset.name}: every patient once, out of fold (${metrics.dataset.rows} patients, ${pct(cv.prevalence)} ${spec.positiveLabel}).`,
      motivation: 'The cohorts are small: cross-validation uses every patient for evaluation instead of a single small test part.',
      preprocessing: 'Median imputation, log1p of skewed measurements and standardisation fitted on each training fold only, never per outcome class.',
    },
    trainingData: {
      description: `${metrics.dataset.rows} patients${metrics.dataset.isSample ? ' (the project’s generated sample, not the real data)' : ''}${federated ? ', split into five simulated hospitals that never share rows' : ''}.`,
    },
    quantitativeAnalyses: analyses,
    ethicalConsiderations: [
      'Health records are among the most sensitive data: the prediction log keeps only rounded measurements, and no identifier is accepted.',
      federated ? 'Federated averaging keeps rows in each hospital but the shared weights can still leak; only the DP runs bound that leak (epsilon above).' : 'This model was trained on pooled rows; a real deployment across hospitals would need their agreement or federated training.',
      'A risk score can shift care: its errors fall on the patients it under- or over-estimates, so check the per-hospital table before trusting it for a subgroup.',
    ],
    caveatsAndRecommendations: [...failureModes(spec.id), HUMAN_FALLBACK],
  };
}
