// The model card of a run (Mitchell et al. 2019, "Model Cards for Model Reporting"): the nine
// sections, written from the run's metrics so that every number on the card is one the run measured.
import type { ModelCardData } from '@atlas/ui';
import { ANCHOR, BARS, FAILURE_MODES, HUMAN_FALLBACK, PUBLISHED } from './card';
import { NEGATIVE_SCORE } from './sentiment';
import type { IntentMetrics } from './train-run';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function modelCardOf(metrics: IntentMetrics, run: { id: string; finishedAt?: string | null }): ModelCardData {
  const c = metrics.configDetails;
  const t = metrics.test;
  const rows = metrics.dataset.rows;
  return {
    modelDetails: {
      name: `Support-assistant intent model, ${c.name}`,
      version: run.id,
      date: run.finishedAt ?? undefined,
      type: `${c.members > 1 ? `Average of ${c.members} embedding-bag classifiers` : 'Embedding-bag classifier'} (fastText-style) over word 1-2-grams and character ${c.charNgrams?.join('-') ?? 'no'}-grams, ${c.embeddingDim} dimensions, trained from scratch`,
      developers: 'Atlas nlp-chatbot reference app',
      description: c.summary,
      license: 'Model: as the repository; data: ' + metrics.dataset.license,
      citation: metrics.dataset.citation,
    },
    intendedUse: {
      primaryUses: ['Routing short customer requests to one of a known set of intents, with a fallback to a person', 'Teaching how intent detection, out-of-scope detection and escalation trade off'],
      primaryUsers: ['Product managers deciding how much of a support queue to automate', 'Engineers forking the app for their own intents'],
      outOfScope: ['Acting on a request (payments, account changes) without confirmation', 'Financial, legal or medical advice', 'Languages other than English; long or multi-intent messages'],
    },
    factors: {
      relevant: ['Domain of the request (banking, travel, small talk…)', 'Wording close to another intent', 'Out-of-scope requests sharing words with an intent'],
      evaluation: ['The ten CLINC150 domains', 'Each of the intents', 'In-scope versus out-of-scope messages'],
    },
    metrics: {
      measures: [
        { name: 'In-scope accuracy (test)', value: t.inScopeAccuracy.estimate, ci: { low: t.inScopeAccuracy.lower, high: t.inScopeAccuracy.upper, level: t.inScopeAccuracy.level }, description: `Bar ${pct(BARS.inScopeAccuracy)}; anchor ${ANCHOR.name}.` },
        ...(t.oosRecall ? [{ name: 'Out-of-scope recall (test)', value: t.oosRecall.estimate, ci: { low: t.oosRecall.lower, high: t.oosRecall.upper, level: t.oosRecall.level }, description: `Bar ${pct(BARS.oosRecall)}.` }] : []),
        { name: 'Out-of-scope precision (test)', value: t.oosPrecision },
        { name: 'Containment at the defaults (test)', value: t.atThreshold.containment, description: 'Share of messages the bot answers itself.' },
        { name: 'Wrong-answer rate at the defaults (test)', value: t.atThreshold.wrongAnswer },
      ],
      decisionThresholds: `A message is out of scope when the out-of-scope class wins or the best intent's probability is below ${t.threshold.toFixed(2)} (the highest threshold that costs at most half a point of validation in-scope accuracy). A top-two margin below ${t.margin.toFixed(2)} asks a clarifying question. A message with an AFINN sentiment of ${NEGATIVE_SCORE} or lower is offered a person.`,
      variationApproaches: 'Percentile bootstrap (1000 resamples) of the test messages; the published results are single runs.',
    },
    evaluationData: {
      datasets: `${metrics.dataset.name}: the upstream test split, ${rows.test.toLocaleString('en-US')} messages after removing duplicates of training messages.`,
      motivation: `The split the published results use: ${PUBLISHED.map((p) => `${p.name} ${p.inScope}/${p.oosRecall}`).join(', ')} (in-scope accuracy / OOS recall, %).`,
      preprocessing: 'The same normalisation and n-gram vocabulary as training (fitted on the training split only).',
    },
    trainingData: {
      description: `${rows.train.toLocaleString('en-US')} training and ${rows.val.toLocaleString('en-US')} validation messages (the out-of-scope training queries as a class of their own); vocabulary of ${metrics.dataset.vocabulary.toLocaleString('en-US')} n-grams.`,
    },
    quantitativeAnalyses: [
      {
        title: 'By domain (test set, in-scope messages)',
        metrics: ['accuracy'],
        groups: t.perDomain.map((d) => ({ group: d.domain.replace(/_/g, ' '), n: d.n, values: { accuracy: d.accuracy } })),
      },
    ],
    ethicalConsiderations: [
      'A confident wrong answer is worse than a handoff: the threshold and the sentiment escalation exist so that people reach a person.',
      'Conversations may contain personal data: the app redacts it before storing; the redactor catches formats (e-mails, phone and card numbers, ids), not names or addresses.',
      'Crowd-written English requests: accents, dialects and other languages are not represented.',
    ],
    caveatsAndRecommendations: [...FAILURE_MODES, HUMAN_FALLBACK],
  };
}
