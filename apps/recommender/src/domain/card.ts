// The tradeoff card of a recommender run, built from the run's metrics.
import type { TradeoffCardInput } from '@atlas/model-core';
import { ANCHORS } from './configs';
import type { RecMetrics } from './train-run';

export const FAILURE_MODES = [
  'Users with few ratings get mostly popular movies; the list improves after about 10 ratings.',
  'Movies nobody rated in the training data are never recommended (no content features).',
  'Data from 1997-98 US users: tastes, catalogue and demographics are dated and narrow.',
  'A lower RMSE does not mean a better top-10 list: the rating model is not the ranking model.',
];

export const HUMAN_FALLBACK = 'Editorial lists and search stay available; a user can remove a rating or reset their taste profile at any time.';

export function buildCard(metrics: RecMetrics, options: { backend: string; seed: number; size: { parameters: number; bytes: number }; dataset: { name: string; source: string; license: string } }): TradeoffCardInput {
  const ratingHeadline = metrics.kind === 'mf' && metrics.rating;
  const lat = metrics.latency;
  return {
    schemaVersion: 1,
    task: {
      domain: 'recommendations',
      name: ratingHeadline ? 'Movie rating prediction (biased MF)' : metrics.kind === 'ease' ? 'Top-10 movie recommendations (EASE)' : 'Top-10 movie recommendations (popularity)',
      kind: ratingHeadline ? 'rating-prediction' : 'ranking',
      description: 'Recommends movies a user has not rated, with a reason for each, from their ratings.',
    },
    dataset: {
      name: options.dataset.name,
      rows: { train: metrics.split.trainRows, test: metrics.split.testRows },
      source: options.dataset.source,
      license: options.dataset.license,
      isSample: metrics.isSample,
    },
    quality: ratingHeadline && metrics.rating
      ? {
          metric: 'rmse',
          value: metrics.rating.rmse,
          higherIsBetter: false,
          ci: { low: metrics.rating.rmseRange[0], high: metrics.rating.rmseRange[1], level: 0.8, method: 'range of the five upstream folds' },
          split: 'MovieLens u1..u5 folds (mean)',
          anchor: { name: ANCHORS.rating[0].name, value: ANCHORS.rating[0].rmse, source: ANCHORS.rating[0].source },
        }
      : {
          metric: 'ndcg@10',
          value: metrics.ranking.ndcg,
          higherIsBetter: true,
          ci: { low: metrics.rankingCi.ndcg.low, high: metrics.rankingCi.ndcg.high, level: metrics.rankingCi.ndcg.level, method: 'bootstrap of the per-user nDCG, 500 resamples' },
          split: 'per-user 75/25 random split, all unrated items ranked',
          anchor: { name: ANCHORS.ranking[1].name, value: ANCHORS.ranking[1].ndcg, source: ANCHORS.ranking[1].source },
        },
    latency: {
      server: lat ? { p50Ms: lat.warmP50Ms, p95Ms: lat.warmP99Ms, p99Ms: lat.warmP99Ms, backend: 'typescript', batchSize: 1, runs: lat.runs } : null,
      browser: null,
    },
    size: options.size,
    training: { seconds: metrics.timings.totalSeconds, backend: options.backend, seed: options.seed },
    privacy: {
      sensitivity: 'personal',
      measures: ['Pseudonymous user ids only; demographics are not model inputs', 'Dataset never committed, bundled or redistributed (licence)'],
      differentialPrivacy: null,
    },
    explanation: {
      method: metrics.kind === 'ease' ? 'item-item weights' : metrics.kind === 'mf' ? 'nearest liked item in embedding space' : 'popularity count',
      description: 'Each recommendation names the rated movie that contributed most ("because you rated X").',
    },
    failureModes: FAILURE_MODES,
    humanFallback: HUMAN_FALLBACK,
    createdAt: new Date().toISOString(),
  };
}
