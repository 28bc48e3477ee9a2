import { intersectionOverUnion, type Detection } from './boxes';

/**
 * Greedy non-maximum suppression within each class: walking the detections from the highest score,
 * a detection is dropped when it overlaps an already kept one of the same class by more than
 * `iouThreshold`. Detections of different classes never suppress each other. Returns the kept ones
 * sorted by descending score.
 */
export function nonMaxSuppression(detections: readonly Detection[], iouThreshold: number): Detection[] {
  const sorted = [...detections].sort((a, b) => b.score - a.score);
  const kept: Detection[] = [];
  for (const candidate of sorted) {
    const suppressed = kept.some(
      (other) => other.classId === candidate.classId && intersectionOverUnion(other, candidate) > iouThreshold,
    );
    if (!suppressed) kept.push(candidate);
  }
  return kept;
}
