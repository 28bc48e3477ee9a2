// Test-set evaluation of a detector: COCO-style AP (101-point) per class at IoU 0.5 and 0.5:0.95,
// image-level bootstrap intervals, a confusion matrix with a background row and column, and the test
// images where the model does worst. Pure functions of the boxes, so the same code scores any model.
import { bootstrapCi, evaluateDetections, intersectionOverUnion, nonMaxSuppression, type DetectedObject, type GroundTruthObject } from '@atlas/model-core';
import type { ClassBox } from './augment';
import type { Detected } from './run-detector';

/** Score floor of the confusion matrix and the failure gallery (the Try page's default too). */
export const OPERATING_SCORE = 0.3;
export const OPERATING_IOU = 0.5;

export interface ImageResult {
  id: string;
  width: number;
  height: number;
  truth: ClassBox[];
  detections: Detected[];
}

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
  level: number;
  method: string;
}

export interface ClassAp {
  name: string;
  groundTruths: number;
  ap50: number;
  ap75: number;
  apMean: number;
  /** Precision at recall 0, 0.05, ..., 1 (COCO's interpolated curve at IoU 0.5, thinned for charts). */
  pr: { recall: number; precision: number }[];
}

export interface FailureCase {
  id: string;
  missed: number;
  falseBoxes: number;
  width: number;
  height: number;
  truth: ClassBox[];
  detections: Detected[];
}

export interface OperatingPoint {
  score: number;
  /** Share of annotated signs found with the right class (IoU >= 0.5). */
  recall: number;
  /** Share of shown boxes that are a right sign. */
  precision: number;
  falseBoxesPerImage: number;
}

export interface DetectionReport {
  map50: Interval;
  map: Interval;
  map75: number;
  perClass: ClassAp[];
  /** rows: true class then 'background'; columns: predicted class then 'background' (at OPERATING_SCORE). */
  confusion: { labels: string[]; counts: number[][]; scoreThreshold: number; iouThreshold: number };
  failures: FailureCase[];
  /** What the Try page's confidence slider does, measured on the test images (NMS IoU 0.5). */
  operatingPoints: OperatingPoint[];
  images: number;
  boxes: number;
}

const xyxy = (b: { x1: number; y1: number; x2: number; y2: number }): [number, number, number, number] => [b.x1, b.y1, b.x2, b.y2];

function toCoco(results: readonly ImageResult[]): { truth: GroundTruthObject[]; found: DetectedObject[] } {
  const truth: GroundTruthObject[] = [];
  const found: DetectedObject[] = [];
  results.forEach((r, imageId) => {
    for (const b of r.truth) truth.push({ imageId, classId: b.classId, box: xyxy(b) });
    for (const d of r.detections) found.push({ imageId, classId: d.classId, box: xyxy(d), score: d.score });
  });
  return { truth, found };
}

export function meanAp(results: readonly ImageResult[], iouThresholds?: number[]) {
  const { truth, found } = toCoco(results);
  return evaluateDetections(truth, found, iouThresholds ? { iouThresholds } : {});
}

/**
 * Matches detections above the score floor to ground truth, highest score first, any class, best IoU:
 * a match of another class is a confusion; an unmatched box is background (a false box); an
 * unmatched ground truth is a miss (predicted background).
 */
export function matchImage(r: ImageResult, scoreThreshold = OPERATING_SCORE, iouThreshold = OPERATING_IOU) {
  const dets = r.detections.filter((d) => d.score >= scoreThreshold).sort((a, b) => b.score - a.score);
  const used = new Set<number>();
  const pairs: { truth: number | null; predicted: number | null }[] = [];
  for (const d of dets) {
    let best = -1;
    let bestIou = iouThreshold;
    r.truth.forEach((t, i) => {
      if (used.has(i)) return;
      const iou = intersectionOverUnion(d, t);
      // Prefer the same class at equal overlap, so a correct box is never counted as a confusion.
      if (iou > bestIou || (iou === bestIou && best >= 0 && t.classId === d.classId)) {
        best = i;
        bestIou = iou;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push({ truth: r.truth[best].classId, predicted: d.classId });
    } else pairs.push({ truth: null, predicted: d.classId });
  }
  r.truth.forEach((t, i) => {
    if (!used.has(i)) pairs.push({ truth: t.classId, predicted: null });
  });
  return pairs;
}

export function confusionMatrix(results: readonly ImageResult[], classes: readonly string[], scoreThreshold = OPERATING_SCORE) {
  const k = classes.length;
  const counts = Array.from({ length: k + 1 }, () => new Array<number>(k + 1).fill(0));
  for (const r of results) for (const p of matchImage(r, scoreThreshold)) counts[p.truth ?? k][p.predicted ?? k] += 1;
  return { labels: [...classes, 'background'], counts, scoreThreshold, iouThreshold: OPERATING_IOU };
}

/** The images with the most errors (misses + false boxes + confusions) at the operating point. */
export function worstImages(results: readonly ImageResult[], count = 6): FailureCase[] {
  return results
    .map((r) => {
      const pairs = matchImage(r);
      const missed = pairs.filter((p) => p.truth !== null && p.predicted !== p.truth).length;
      const falseBoxes = pairs.filter((p) => p.predicted !== null && p.predicted !== p.truth).length;
      return { id: r.id, missed, falseBoxes, width: r.width, height: r.height, truth: r.truth, detections: r.detections.filter((d) => d.score >= OPERATING_SCORE) };
    })
    .filter((f) => f.missed + f.falseBoxes > 0)
    .sort((a, b) => b.missed + b.falseBoxes - (a.missed + a.falseBoxes) || (a.id < b.id ? -1 : 1))
    .slice(0, count);
}

export function operatingPoints(results: readonly ImageResult[]): OperatingPoint[] {
  const points: OperatingPoint[] = [];
  const truths = results.reduce((s, r) => s + r.truth.length, 0);
  for (let k = 1; k <= 19; k++) {
    const score = k / 20;
    let right = 0;
    let shown = 0;
    for (const r of results) {
      const kept = { ...r, detections: nonMaxSuppression(r.detections as Detected[], OPERATING_IOU) as Detected[] };
      for (const p of matchImage(kept, score)) {
        if (p.predicted !== null) shown += 1;
        if (p.predicted !== null && p.predicted === p.truth) right += 1;
      }
    }
    points.push({ score, recall: truths ? right / truths : 0, precision: shown ? right / shown : 1, falseBoxesPerImage: results.length ? (shown - right) / results.length : 0 });
  }
  return points;
}

/** Percentile bootstrap over test images (each keeps its boxes and detections). */
export function imageBootstrap(results: readonly ImageResult[], metric: 'map50' | 'map', resamples = 400): Interval {
  const indices = results.map((_, i) => i);
  const value = (picked: readonly number[]) => meanAp(picked.map((i) => results[i]), metric === 'map50' ? [0.5] : undefined)[metric];
  const ci = bootstrapCi([indices], (picked) => value(picked as number[]), { resamples, seed: 11 });
  return { estimate: ci.estimate, lower: ci.lower, upper: ci.upper, level: ci.level, method: `percentile bootstrap over test images (${resamples} resamples)` };
}

function thinCurve(precision: readonly number[]): { recall: number; precision: number }[] {
  const out: { recall: number; precision: number }[] = [];
  for (let i = 0; i < precision.length; i += 5) out.push({ recall: i / 100, precision: precision[i] });
  return out;
}

export function evaluateResults(results: readonly ImageResult[], classes: readonly string[], options: { resamples?: number } = {}): DetectionReport {
  const full = meanAp(results);
  const perClass: ClassAp[] = full.perClass.map((c) => ({
    name: classes[c.classId as number] ?? String(c.classId),
    groundTruths: c.groundTruths,
    ap50: c.ap50,
    ap75: c.ap75,
    apMean: c.apMean,
    pr: thinCurve(c.interpolatedPrecision),
  }));
  return {
    map50: imageBootstrap(results, 'map50', options.resamples),
    map: imageBootstrap(results, 'map', options.resamples),
    map75: full.map75,
    perClass,
    confusion: confusionMatrix(results, classes),
    failures: worstImages(results),
    operatingPoints: operatingPoints(results),
    images: results.length,
    boxes: results.reduce((s, r) => s + r.truth.length, 0),
  };
}
