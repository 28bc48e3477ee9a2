// The model card of a run (Mitchell et al. 2019, "Model Cards for Model Reporting"): the nine
// sections, written from the run's metrics so that every number on the card is one the run measured.
import type { ModelCardData, QuantitativeAnalysis } from '@atlas/ui';
import { ANCHORS, ECE_BAR, FAILURE_MODES, HUMAN_FALLBACK } from './card';
import { ATTRIBUTE_LABELS } from './fairness';
import type { CreditMetrics } from './run-metrics';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function analyses(metrics: CreditMetrics): QuantitativeAnalysis[] {
  return (metrics.fairness ?? []).map((table) => ({
    title: `By ${ATTRIBUTE_LABELS[table.attribute].toLowerCase()} (test set, cutoff ${pct(table.cutoff)})`,
    metrics: ['approval rate', 'default rate', 'mean PD', 'TPR', 'FPR', 'disparate impact'],
    groups: table.groups.map((g) => ({
      group: g.group,
      n: g.count,
      values: {
        'approval rate': g.approvalRate,
        'default rate': g.defaultRate,
        'mean PD': g.meanPd,
        TPR: g.tpr,
        FPR: g.fpr,
        'disparate impact': g.disparateImpact,
      },
    })),
    note: table.passesFourFifths
      ? `Every group is approved at least four fifths as often as ${table.reference}.`
      : `Below the four-fifths rule: ${table.groups
          .filter((g) => g.flagged)
          .map((g) => g.group)
          .join(', ')} (reference: ${table.reference}).`,
  }));
}

export function modelCardOf(metrics: CreditMetrics, run: { id: string; finishedAt?: string | null }): ModelCardData {
  const cv = metrics.crossValidation;
  const config = metrics.configDetails;
  const scorecard = config.kind === 'scorecard';
  const rows = metrics.dataset.rows;
  return {
    modelDetails: {
      name: `Credit default scorer, ${config.name}`,
      version: run.id,
      date: run.finishedAt ?? undefined,
      type: scorecard ? 'Points scorecard (WoE-binned logistic regression)' : 'Ensemble of multilayer perceptrons with Platt calibration',
      developers: 'Atlas credit-risk reference app',
      description: config.summary,
      license: 'Model: as the repository; data: ' + metrics.dataset.license,
      citation: metrics.dataset.citation,
    },
    intendedUse: {
      primaryUses: [
        'Teaching and demonstrating credit scoring: probability of default, reasons, cutoff tradeoffs and fairness checks',
        'A starting point for a lender’s own model, retrained and validated on the lender’s data',
      ],
      primaryUsers: ['Product managers and engineers learning how credit models behave', 'Risk analysts reviewing a model'],
      outOfScope: [
        'Real lending decisions about real people',
        'Populations other than the 2005 Taiwanese card clients it was trained on',
        'Decisions without human review of declines (see the human fallback)',
      ],
    },
    factors: {
      relevant: ['Sex, age and marital status (protected attributes)', 'Education', 'Credit limit and repayment history'],
      evaluation: ['Sex', 'Age band (under 25, 25-34, 35-44, 45-54, 55 and over)', 'Education'],
    },
    metrics: {
      measures: [
        ...(cv
          ? [
              {
                name: `ROC AUC, ${cv.k}-fold CV mean`,
                value: cv.mean.auc,
                ci: { low: cv.pooledAuc.lower, high: cv.pooledAuc.upper, level: cv.pooledAuc.level },
                description: `Folds range ${Math.min(...cv.folds.map((f) => f.auc)).toFixed(3)} to ${Math.max(...cv.folds.map((f) => f.auc)).toFixed(3)}; anchor: ${ANCHORS.lightgbm.name} ${ANCHORS.lightgbm.value}.`,
              },
            ]
          : []),
        { name: 'ROC AUC, test set', value: metrics.test.auc.estimate, ci: { low: metrics.test.auc.lower, high: metrics.test.auc.upper, level: metrics.test.auc.level } },
        { name: 'KS statistic, test set', value: metrics.test.ks.statistic },
        { name: 'PR AUC (average precision), test set', value: metrics.test.prAuc },
        { name: 'Brier score, test set', value: metrics.test.brier },
        { name: 'Expected calibration error (10 bins), test set', value: metrics.test.ece, description: `Bar: at most ${ECE_BAR}.` },
      ],
      decisionThresholds: `Approve when the probability of default is below ${pct(metrics.test.confusion.cutoff)} (adjustable on the Try page, which shows the approval rate, bad rate and profit at every cutoff).`,
      variationApproaches: cv
        ? `${cv.k}-fold stratified cross-validation (fold standard deviation ${cv.aucStd.toFixed(4)}) and a stratified bootstrap of the pooled out-of-fold predictions.`
        : 'Stratified bootstrap of the test set.',
    },
    evaluationData: {
      datasets: `${metrics.dataset.name}: a seeded stratified test part of ${rows.test.toLocaleString('en-US')} clients (split ${metrics.dataset.split.fingerprint}).`,
      motivation: 'Held out from training and calibration; stratified so its default rate matches the whole set.',
      preprocessing: 'The same cleaning and encoders as training (fitted on the training part only).',
    },
    trainingData: {
      description: `${rows.train.toLocaleString('en-US')} clients (${pct(metrics.dataset.positiveRate)} defaults). Inputs: ${metrics.inputs.length} columns${config.kind === 'mlp' && config.excludeProtected ? ', without sex, age and marital status' : ''}.`,
    },
    quantitativeAnalyses: analyses(metrics),
    ethicalConsiderations: [
      'Credit decisions affect people’s lives: every decline must come with its reasons, and an applicant may ask for review.',
      config.kind === 'mlp' && !config.excludeProtected
        ? 'This model uses sex, age and marital status as inputs, which lending law in many places forbids; it exists to show what excluding them costs.'
        : 'Protected attributes are not inputs, but other fields can stand in for them: check the outcomes per group.',
      'The data comes from one bank in one country and year; its defaults reflect that economy and that bank’s past decisions.',
    ],
    caveatsAndRecommendations: [...FAILURE_MODES, HUMAN_FALLBACK],
  };
}
