// The model card of a run (Mitchell et al. 2019, "Model Cards for Model Reporting"): the nine
// sections, written from the run's metrics so that every number on the card is one the run measured.
import type { ModelCardData } from '@atlas/ui';
import { ANCHOR, FAILURE_MODES, HUMAN_FALLBACK, MAP50_BAR } from './card';
import type { VisionMetrics } from './run-metrics';

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');

export function modelCardOf(metrics: VisionMetrics, run: { id: string; finishedAt?: string | null }): ModelCardData {
  const c = metrics.configDetails;
  const d = metrics.dataset;
  const t = metrics.test;
  const ci = (i: typeof t.map50) => ({ low: i.lower, high: i.upper, level: i.level });
  return {
    modelDetails: {
      name: `Road-sign detector, ${c.name}`,
      version: run.id,
      date: run.finishedAt ?? undefined,
      type: `Single-stage anchor-free detector (CenterNet-style centre heat map, feature-pyramid heads at stride 8), ${c.inputSize}x${c.inputSize} letterboxed input, trained from scratch`,
      developers: 'Atlas vision-detect reference app',
      description: c.summary,
      license: `Model: as the repository; data: ${d.license}`,
      citation: d.citation,
    },
    intendedUse: {
      primaryUses: ['Demonstrating sign detection and its speed/accuracy dials', 'Pre-annotating road photos for a human to correct'],
      primaryUsers: ['Product managers and engineers evaluating on-device perception', 'Annotators'],
      outOfScope: ['Any driving or safety function', 'Night, rain, snow and countries whose signs differ from the training photos', 'Sign classes other than the four learned'],
    },
    factors: {
      relevant: ['Sign size in the frame', 'Class (the data holds 200 speed-limit boxes but only 23 stop signs)', 'Lighting and blur', 'Several signs on one pole'],
      evaluation: ['Per class AP', 'Misses and false boxes per image at the default confidence (30%)'],
    },
    metrics: {
      measures: [
        { name: 'mAP@0.5 (test)', value: t.map50.estimate, ci: ci(t.map50), description: `the headline; bar ${MAP50_BAR}; reference ${ANCHOR.name}: ${ANCHOR.value}` },
        { name: 'mAP@0.5:0.95 (test)', value: t.map.estimate, ci: ci(t.map), description: 'COCO mean over IoU 0.50 to 0.95: box tightness' },
        { name: 'mAP@0.75 (test)', value: t.map75 },
        { name: 'Server latency p50 (ms)', value: metrics.latency.server.p50Ms, description: `one image, ${metrics.latency.server.backend}` },
      ],
      decisionThresholds: 'Boxes shown at confidence 30% and class-wise NMS at IoU 0.5 by default; the Try page moves both.',
      variationApproaches: t.map50.method,
    },
    evaluationData: {
      datasets: `${d.images.test} test images (${d.boxes.test} boxes) of ${d.name}, split by image with a fixed seed, stratified by the rarest class in each image`,
      motivation: 'Held out from training and model choice.',
      preprocessing: `Alpha dropped, letterboxed to ${c.inputSize}x${c.inputSize} with grey padding`,
    },
    trainingData: {
      description: `${d.images.train} training images (${d.boxes.train} boxes), each epoch a fresh random crop/zoom (${c.augment.scale.join('-')}x), colour jitter ±${Math.round(c.augment.colour * 100)}% and blur (p=${c.augment.blur}); no horizontal flips, which would mirror sign text. ${c.epochs} epochs from random weights, ${metrics.training.seconds.toFixed(0)} s on ${metrics.training.backend}.`,
    },
    quantitativeAnalyses: [
      {
        title: 'By class (test images)',
        metrics: ['AP@0.5', 'AP@0.75', 'AP@0.5:0.95'],
        groups: t.perClass.map((p) => ({ group: p.name, n: p.groundTruths, values: { 'AP@0.5': p.ap50, 'AP@0.75': p.ap75, 'AP@0.5:0.95': p.apMean } })),
        note: `Overall mAP@0.5 ${f3(t.map50.estimate)} (${f3(t.map50.lower)} to ${f3(t.map50.upper)}).`,
      },
    ],
    ethicalConsiderations: [
      'Street photos may show faces and licence plates; they were not screened. Uploaded images are not stored.',
      'A missed stop sign costs more than a false box: a deployment would favour recall and keep a human in the loop.',
    ],
    caveatsAndRecommendations: [...FAILURE_MODES, HUMAN_FALLBACK],
  };
}
