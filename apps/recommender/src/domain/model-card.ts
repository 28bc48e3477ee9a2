// The model card of a recommender run (Mitchell et al. 2019), written from the run's metrics so that
// every number on it is one the run measured.
import type { ModelCardData } from '@atlas/ui';
import { FAILURE_MODES, HUMAN_FALLBACK } from './card';
import { ANCHORS, CONFIGS, type ConfigName } from './configs';
import type { RecMetrics } from './train-run';

const TYPES: Record<RecMetrics['kind'], string> = {
  popularity: 'Popularity ranking with shrunk item means',
  mf: 'Biased matrix factorization (SGD), an average of seeds folded into one model',
  ease: 'EASE: closed-form item-item regression on implicit feedback',
};

export function modelCardOf(metrics: RecMetrics, run: { id: string; finishedAt?: string | null }, dataset: { name: string; license: string }): ModelCardData {
  const config = CONFIGS[metrics.config as ConfigName];
  const r = metrics.ranking;
  const ci = metrics.rankingCi;
  return {
    modelDetails: {
      name: `Movie recommender, ${metrics.config}`,
      version: run.id,
      date: run.finishedAt ?? undefined,
      type: TYPES[metrics.kind],
      developers: 'Atlas recommender reference app',
      description: config?.summary,
      license: `Model: as the repository; data: ${dataset.license} (not redistributable: the trained artifact stays local)`,
      citation: 'F. Maxwell Harper and Joseph A. Konstan. 2015. The MovieLens Datasets: History and Context. ACM TiiS 5, 4.',
    },
    intendedUse: {
      primaryUses: ['Teaching how recommenders are evaluated (rating error vs top-10 ranking) and tuned (diversity, popularity)', 'A starting point for a catalogue’s own recommender, retrained on its own interactions'],
      primaryUsers: ['Product managers comparing recommendation strategies', 'Engineers forking the app for their own catalogue'],
      outOfScope: ['Recommending to real customers from this 1997-98 catalogue', 'Sensitive catalogues (health, finance, politics) without a review of what the list may reveal', 'Decisions about people: it ranks items, it does not judge users'],
    },
    factors: {
      relevant: ['How many ratings a viewer has given (cold start)', 'How popular a movie is (long tail)', 'Genre'],
      evaluation: ['Viewer activity: under 30, 30-99, 100-299, 300+ training ratings'],
    },
    metrics: {
      measures: [
        ...(metrics.rating
          ? [
              { name: 'RMSE, mean of the five upstream folds', value: metrics.rating.rmse, ci: { low: metrics.rating.rmseRange[0], high: metrics.rating.rmseRange[1], level: 0.8 }, description: `Range over folds u1..u5; anchor ${ANCHORS.rating[0].name} ${ANCHORS.rating[0].rmse}.` },
              { name: 'MAE, mean of the five upstream folds', value: metrics.rating.mae },
            ]
          : []),
        { name: 'nDCG@10', value: r.ndcg, ci: { low: ci.ndcg.low, high: ci.ndcg.high, level: ci.ndcg.level }, description: `Anchor: ${ANCHORS.ranking[1].name} ${ANCHORS.ranking[1].ndcg}, ${ANCHORS.ranking[0].name} ${ANCHORS.ranking[0].ndcg}.` },
        { name: 'Precision@10', value: r.precision, ci: { low: ci.precision.low, high: ci.precision.high, level: ci.precision.level } },
        { name: 'Recall@10', value: r.recall, ci: { low: ci.recall.low, high: ci.recall.high, level: ci.recall.level } },
        { name: 'MAP@10', value: r.map },
        { name: 'Catalogue coverage of the top-10 lists', value: r.coverage },
        { name: 'Novelty (mean self-information, bits)', value: r.novelty },
      ],
      decisionThresholds: 'No threshold: the ten highest-scored unrated movies are shown; the diversity dial and the popularity penalty re-rank them (Evaluate shows what each setting costs in nDCG@10).',
      variationApproaches: 'Rating error on the five upstream folds; ranking with a bootstrap over viewers (500 resamples).',
    },
    evaluationData: {
      datasets: `${dataset.name}: ${metrics.split.testRows.toLocaleString('en-US')} held-out ratings of a seeded per-viewer 75/25 split (fingerprint ${metrics.split.rankingFingerprint}); rating error on the upstream u1..u5 folds.`,
      motivation: 'The protocols of the published tables the run is compared with (Surprise; microsoft/recommenders).',
      preprocessing: 'Every movie the viewer has not rated in training is ranked; relevance is the viewer’s held-out movies, whatever their rating.',
    },
    trainingData: {
      description: `${metrics.data.ratings.toLocaleString('en-US')} ratings by ${metrics.data.users.toLocaleString('en-US')} viewers of ${metrics.data.items.toLocaleString('en-US')} movies (the served model is fitted on all of them, plus ratings given in the app).`,
    },
    quantitativeAnalyses: [
      {
        title: 'By viewer activity (ranking split)',
        metrics: ['nDCG@10', 'precision@10', 'recall@10'],
        groups: metrics.slices.map((s) => ({ group: s.slice, n: s.users, values: { 'nDCG@10': s.ndcg, 'precision@10': s.precision, 'recall@10': s.recall } })),
        note: 'Viewers with few ratings get much worse lists: the cold-start gap a product must design around.',
      },
    ],
    ethicalConsiderations: [
      'Recommendations shape what people see: popularity feedback loops narrow the catalogue unless diversity is measured and managed.',
      'Ratings reveal tastes that can be sensitive; viewers are pseudonymous here and app ratings are stored under a random key.',
      'The data is from US viewers in 1997-98, mostly male: tastes of other groups are under-represented.',
    ],
    caveatsAndRecommendations: [...FAILURE_MODES, HUMAN_FALLBACK],
  };
}
