// The tradeoff card of a med-diagnosis run (the schema every domain fills in, from model-core), built
// from the run's metrics so the card and the Evaluate page never disagree.
import { measureModelSize, measurePredictLatency, tf, toLatencyEntry, type TradeoffCardInput } from '@atlas/model-core';
import type { TrainRunResult } from './train-run';

export const HUMAN_FALLBACK =
  'A clinician decides: the risk is one input to a diagnostic work-up (an oral glucose tolerance test, a biopsy), never a diagnosis; anyone near the threshold is referred as if positive.';

export function failureModes(task: string): string[] {
  if (task === 'custom') return ['Trained on a CSV supplied by its user: the population, the measurement methods and the label definition are whatever that file holds; nothing here was checked clinically.'];
  return task === 'pima'
    ? [
        'Trained on 768 Pima women aged 21+ from one 1960s-80s study: men, children, other populations and current diagnostic criteria are out of scope.',
        'Half the insulin and a third of the skinfold values are missing; such patients get imputed values and wider uncertainty.',
        'Young patients with high glucose are under-estimated relative to older ones with the same glucose (age carries much of the signal).',
      ]
    : [
        'Features come from one lab’s digitised fine-needle aspirate images (Wisconsin, 1990s); another imaging pipeline changes every input.',
        'A few malignant masses have small, smooth, benign-looking nuclei and are scored low: the model misses them at any usual threshold.',
      ];
}

export async function buildCard(run: TrainRunResult, options: { backend: string; seed: number; license: string; createdAt?: Date }): Promise<TradeoffCardInput> {
  const m = run.metrics;
  const task = run.task;
  const inputs = run.preprocess.inputNames.length;
  const probe = tf.zeros([1, inputs]);
  const latency = await measurePredictLatency(run.model, probe, { warmupRuns: 10, runs: 100 });
  probe.dispose();
  const size = measureModelSize(run.model);
  const federated = m.kind === 'federated' || m.kind === 'federated-dp';
  const measures = ['No names or record numbers: rows are numbered', 'The prediction log keeps inputs rounded to whole units'];
  if (federated) measures.push('Federated averaging over 5 simulated hospitals: rows never leave their hospital, only model weights do');
  if (m.privacy) measures.push(`DP-SGD inside each hospital (noise multiplier ${m.privacy.noiseMultiplier.toFixed(2)})`);
  return {
    schemaVersion: 1,
    task: { domain: 'med-diagnosis', name: `${task.name}: ${m.config}`, kind: 'binary-classification', description: `Calibrated risk of ${task.outcome}; ${m.kind} model.` },
    dataset: {
      name: m.dataset.name,
      rows: { train: m.dataset.rows, validation: 0, test: 0 },
      source: m.dataset.source,
      license: options.license,
      isSample: m.dataset.isSample,
    },
    quality: {
      metric: 'roc_auc',
      value: m.cv.meanAuc,
      higherIsBetter: true,
      ci: { low: m.cv.pooledAuc.lower, high: m.cv.pooledAuc.upper, level: m.cv.pooledAuc.level, method: 'stratified bootstrap of the pooled out-of-fold predictions' },
      split: `${m.cv.k}-fold stratified cross-validation (mean of the folds)`,
      anchor: task.anchor,
    },
    latency: { server: toLatencyEntry(latency, options.backend, 1), browser: null },
    size: { parameters: size.parameters, bytes: size.bytes },
    training: { seconds: m.training.seconds, backend: options.backend, epochs: m.training.epochs, seed: options.seed },
    privacy: {
      sensitivity: 'sensitive',
      measures,
      differentialPrivacy: m.privacy ? { epsilon: m.privacy.epsilon, delta: m.privacy.delta, accountant: 'RDP (sampled Gaussian), improved conversion; worst hospital' } : null,
    },
    explanation: { method: 'integrated gradients', description: 'Attributions from the median patient of the training data; missing indicators are folded into their measurement.' },
    failureModes: failureModes(m.task),
    humanFallback: HUMAN_FALLBACK,
    createdAt: (options.createdAt ?? new Date()).toISOString(),
  };
}
