// The tradeoff card of a detection run (model-core's schema), built from the run's metrics.
import type { TradeoffCardInput } from '@atlas/model-core';
import type { VisionMetrics } from './run-metrics';

/** The bar of the issue and the published reference it is compared with. */
export const MAP50_BAR = 0.6;
export const ANCHOR = {
  name: 'YOLOv8n, COCO-pretrained, fine-tuned on the full 877-image set',
  value: 0.943,
  source: 'published result on the Kaggle Road Sign Detection data (mAP@0.5); a pretrained model on 4x the images',
} as const;

export const FAILURE_MODES = [
  'Small and distant signs: at 160 and 224 px a sign under ~15 px across leaves too few cells to find.',
  'Rare classes (stop: 23 boxes, traffic lights: 38) have wide intervals; their AP can move a lot between runs.',
  'Trained on web photos of European-style signs: other countries, night, rain and glare are out of distribution.',
  'Several signs on one pole: boxes may merge or one may be missed when they touch.',
];

export const HUMAN_FALLBACK =
  'Detections are advisory: a driver or an annotator confirms every box; an image with no box above the threshold is sent to manual review.';

export function buildCard(metrics: VisionMetrics, options: { seed: number; createdAt?: Date }): TradeoffCardInput {
  const d = metrics.dataset;
  return {
    schemaVersion: 1,
    task: {
      domain: 'vision-detect',
      name: `Road-sign detector (${metrics.configDetails.inputSize} px)`,
      kind: 'object-detection',
      description: metrics.configDetails.summary,
    },
    dataset: {
      name: d.name,
      rows: { train: d.images.train, validation: d.images.val, test: d.images.test },
      source: d.citation,
      license: d.license,
      isSample: d.source === 'sample',
    },
    quality: {
      metric: 'map50',
      value: metrics.test.map50.estimate,
      higherIsBetter: true,
      ci: { low: metrics.test.map50.lower, high: metrics.test.map50.upper, level: metrics.test.map50.level, method: metrics.test.map50.method },
      split: `held-out test images (${d.images.test}, ${d.boxes.test} boxes)`,
      anchor: ANCHOR,
    },
    latency: { server: metrics.latency.server, browser: null },
    size: metrics.size,
    training: {
      seconds: metrics.training.seconds,
      backend: metrics.training.backend,
      epochs: metrics.training.epochs,
      seed: options.seed,
    },
    privacy: {
      sensitivity: 'public',
      measures: ['Uploaded images are not stored: the prediction log keeps the image size and a hash, never the pixels'],
      differentialPrivacy: null,
    },
    explanation: { method: 'occlusion saliency', description: 'Grey patches slide over the image; the heat is how much the box score drops when a region is hidden.' },
    failureModes: FAILURE_MODES,
    humanFallback: HUMAN_FALLBACK,
    createdAt: (options.createdAt ?? new Date()).toISOString(),
  };
}
