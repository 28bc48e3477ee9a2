// The Try page's knobs, applied to the candidates the model returned (no second model call): a
// confidence floor, then class-wise greedy NMS at the chosen IoU.
import { nonMaxSuppression } from '@atlas/model-core/models/detector/non-max-suppression';
import type { Detected } from './run-detector';

export const DEFAULT_KNOBS = { minScore: 0.3, iou: 0.5 } as const;

export function filterDetections(candidates: readonly Detected[], knobs: { minScore: number; iou: number }): Detected[] {
  return nonMaxSuppression(candidates.filter((d) => d.score >= knobs.minScore), knobs.iou) as Detected[];
}
