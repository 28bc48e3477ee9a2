// Serving: a patient's raw measurements -> the calibrated risk, its interval, the imputed inputs
// and the top contributing factors. The same preprocessing code as training.
import { applyCalibrator, tabularIntegratedGradients, type tf } from '@atlas/model-core';
import { baselineRow, transformRow, type RawFeatures } from './features';
import { wilsonInterval } from './clinical';
import { logit, predictProbabilities } from './fit';
import { taskOf } from './tasks';
import type { ServedPreprocess } from './train-run';

export interface Factor {
  feature: string;
  label: string;
  value: number | null;
  /** Change of the model's raw probability attributed to this feature, from the median patient. */
  contribution: number;
  direction: 'raises risk' | 'lowers risk';
  imputed: boolean;
}

export interface Prediction {
  task: string;
  risk: number;
  interval: { low: number; high: number; level: number; method: string; neighbours: number };
  imputed: { feature: string; label: string; value: number }[];
  factors: Factor[];
}

/** The interval: outcomes of the out-of-fold patients with the closest predicted risks (Wilson 95%). */
export function neighbourInterval(neighbours: { risk: number[]; label: number[] }, risk: number, count = 80) {
  const n = neighbours.risk.length;
  if (n === 0) return { low: 0, high: 1, neighbours: 0 };
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (neighbours.risk[mid] < risk) lo = mid + 1;
    else hi = mid;
  }
  const take = Math.min(count, n);
  const start = Math.max(0, Math.min(n - take, lo - Math.floor(take / 2)));
  let positives = 0;
  for (let i = start; i < start + take; i++) positives += neighbours.label[i];
  return { ...wilsonInterval(positives, take), neighbours: take };
}

export class MedPredictor {
  constructor(
    readonly model: tf.LayersModel,
    readonly pre: ServedPreprocess,
  ) {}

  risk(features: RawFeatures): number {
    const { x } = transformRow(this.pre, features);
    return applyCalibrator(this.pre.calibrator, logit(predictProbabilities(this.model, [x])[0]));
  }

  predict(features: RawFeatures, options: { explain?: boolean; topK?: number } = {}): Prediction {
    const task = this.pre.spec ?? taskOf(this.pre.task);
    const { x, imputed } = transformRow(this.pre, features);
    const raw = predictProbabilities(this.model, [x])[0];
    const risk = applyCalibrator(this.pre.calibrator, logit(raw));
    const interval = neighbourInterval(this.pre.neighbours, risk);
    const labelOf = (name: string) => task.features.find((f) => f.name === name)?.label ?? name;
    const prediction: Prediction = {
      task: task.id,
      risk,
      interval: { low: interval.low, high: interval.high, level: 0.95, method: `observed outcome rate of the ${interval.neighbours} cross-validated patients with the closest predicted risk (Wilson)`, neighbours: interval.neighbours },
      imputed: imputed.map((name) => ({ feature: name, label: labelOf(name), value: this.pre.columns.find((c) => c.name === name)?.median ?? 0 })),
      factors: [],
    };
    if (options.explain !== false) {
      const ig = tabularIntegratedGradients(this.model, x, { baseline: baselineRow(this.pre), featureNames: this.pre.inputNames, steps: 32 });
      const byFeature = new Map<string, number>();
      this.pre.inputNames.forEach((name, i) => {
        const base = name.endsWith('_missing') ? name.slice(0, -'_missing'.length) : name;
        byFeature.set(base, (byFeature.get(base) ?? 0) + ig.attributions[i]);
      });
      prediction.factors = [...byFeature.entries()]
        .map(([feature, contribution]): Factor => {
          const v = features[feature];
          return {
            feature,
            label: labelOf(feature),
            value: typeof v === 'number' && Number.isFinite(v) ? v : null,
            contribution,
            direction: contribution >= 0 ? 'raises risk' : 'lowers risk',
            imputed: imputed.includes(feature),
          };
        })
        .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
        .slice(0, options.topK ?? 5);
    }
    return prediction;
  }
}
