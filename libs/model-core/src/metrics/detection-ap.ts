// Average precision for object detection, per class and averaged (mAP), at IoU 0.5 and over
// COCO's IoU thresholds 0.50:0.05:0.95, reproducing pycocotools' COCOeval for boxes with the "all"
// area range:
// - per image and class, detections are taken highest score first (at most maxDetectionsPerImage);
//   each is matched greedily to the unmatched ground truth of highest IoU (>= the threshold), a
//   ground truth being matched at most once; ground truths flagged crowd or ignore are tried last;
// - a detection matched to an ignored ground truth counts neither as TP nor FP; crowd regions may
//   absorb any number of detections, with overlap measured over the detection's area;
// - per class, detections of all images are sorted by score (ties: image id order, then input
//   order), precision is made monotone from the right, and AP is the mean of the precision at the
//   101 recall points 0, 0.01, ..., 1 (0 past the highest recall reached);
// - a class with no (non-ignored) ground truth has AP NaN and is left out of mAP (pycocotools: -1).
// Unlike pycocotools, an explicit `ignore` flag (e.g. Pascal VOC "difficult") is honoured even on a
// non-crowd box; pycocotools overwrites it with the crowd flag.
import { assertValidXyxyBox, crowdOverlap, iou, type BoxXyxy } from './box-iou';
import { compareLabels, type ClassLabel } from './classification';
import { assertPositiveInteger } from './input-checks';

export interface GroundTruthObject {
  imageId: ClassLabel;
  classId: ClassLabel;
  box: BoxXyxy;
  /** A crowd region (COCO iscrowd): matches any number of detections, which are then ignored. */
  crowd?: boolean;
  /** Neither missed nor found counts (e.g. VOC "difficult"): a detection matched to it is ignored. */
  ignore?: boolean;
}

export interface DetectedObject {
  imageId: ClassLabel;
  classId: ClassLabel;
  box: BoxXyxy;
  score: number;
}

export type ApInterpolation = 'coco-101' | 'all-points';

export interface DetectionEvaluationOptions {
  /** IoU thresholds; default COCO's ten, 0.5 to 0.95. */
  iouThresholds?: readonly number[];
  /** Detections kept per image and class, highest scores first. Default 100 (COCO). */
  maxDetectionsPerImage?: number;
  /**
   * 'coco-101' (default): mean precision at 101 recall points. 'all-points': the area under the
   * monotone precision envelope at every recall change (Pascal VOC 2010 and later).
   */
  interpolation?: ApInterpolation;
  /** IoU threshold of the returned precision-recall curves. Default 0.5. */
  curveIouThreshold?: number;
}

export interface DetectionPrPoint {
  score: number;
  precision: number;
  recall: number;
}

export interface ClassDetectionResult {
  classId: ClassLabel;
  /** Ground truths that count (not crowd, not ignored). */
  groundTruths: number;
  /** Detections evaluated, after the per-image limit. */
  detections: number;
  /** AP at each IoU threshold, in the order of `iouThresholds`; NaN when the class has no ground truth. */
  ap: number[];
  /** AP at IoU 0.5 (NaN if 0.5 is not among the thresholds). */
  ap50: number;
  /** AP at IoU 0.75 (NaN if 0.75 is not among the thresholds). */
  ap75: number;
  /** Mean of `ap` over the thresholds: the COCO AP of this class with the default thresholds. */
  apMean: number;
  /** Raw precision and recall after each counted detection (highest score first), at `curveIouThreshold`. */
  prCurve: DetectionPrPoint[];
  /** COCO's 101-point interpolated precision at recall 0, 0.01, ..., 1, at `curveIouThreshold`. */
  interpolatedPrecision: number[];
}

export interface DetectionEvaluation {
  iouThresholds: number[];
  perClass: ClassDetectionResult[];
  /** Mean AP at IoU 0.5 over classes with ground truth. */
  map50: number;
  /** Mean AP at IoU 0.75 over classes with ground truth. */
  map75: number;
  /** Mean over classes of `apMean`: COCO's mAP@[.5:.95] with the default thresholds. */
  map: number;
}

/**
 * np.linspace(start, stop, count) exactly as numpy computes it (k * step + start, last = stop), so
 * that thresholds such as 0.35000000000000003 compare with recall values as in pycocotools.
 */
function linspace(start: number, stop: number, count: number): number[] {
  const step = (stop - start) / (count - 1);
  return Array.from({ length: count }, (_, index) => (index === count - 1 ? stop : index * step + start));
}

export const COCO_IOU_THRESHOLDS: readonly number[] = linspace(0.5, 0.95, 10);
export const COCO_RECALL_THRESHOLDS: readonly number[] = linspace(0, 1, 101);

interface ImageClassMatches {
  scores: number[];
  /** matched[t][d]: detection d matched some ground truth at threshold t. */
  matched: boolean[][];
  /** ignored[t][d]: detection d matched an ignored ground truth at threshold t. */
  ignored: boolean[][];
  countedGroundTruths: number;
}

function matchImageClass(
  groundTruths: readonly GroundTruthObject[],
  detections: readonly DetectedObject[],
  thresholds: readonly number[],
  maxDetections: number,
): ImageClassMatches {
  const gts = [...groundTruths].sort((first, second) => Number(isIgnored(first)) - Number(isIgnored(second)));
  const dts = [...detections].sort((first, second) => second.score - first.score).slice(0, maxDetections);
  const gtIgnored = gts.map(isIgnored);
  const overlaps = dts.map((dt) => gts.map((gt) => (gt.crowd ? crowdOverlap(dt.box, gt.box) : iou(dt.box, gt.box))));
  const matched = thresholds.map(() => dts.map(() => false));
  const ignored = thresholds.map(() => dts.map(() => false));
  thresholds.forEach((threshold, t) => {
    const gtTaken = gts.map(() => false);
    dts.forEach((_, d) => {
      let best = Math.min(threshold, 1 - 1e-10);
      let match = -1;
      for (let g = 0; g < gts.length; g += 1) {
        if (gtTaken[g] && !gts[g].crowd) continue;
        // Ignored ground truths come last: once a counted one matched, stop.
        if (match > -1 && !gtIgnored[match] && gtIgnored[g]) break;
        if (overlaps[d][g] < best) continue;
        best = overlaps[d][g];
        match = g;
      }
      if (match === -1) return;
      matched[t][d] = true;
      ignored[t][d] = gtIgnored[match];
      gtTaken[match] = true;
    });
  });
  return {
    scores: dts.map((dt) => dt.score),
    matched,
    ignored,
    countedGroundTruths: gtIgnored.filter((flag) => !flag).length,
  };
}

function isIgnored(groundTruth: GroundTruthObject): boolean {
  return Boolean(groundTruth.crowd || groundTruth.ignore);
}

/** Precision made non-increasing from the right (the envelope both interpolations use). */
function precisionEnvelope(precision: readonly number[]): number[] {
  const envelope = [...precision];
  for (let index = envelope.length - 1; index > 0; index -= 1) {
    if (envelope[index] > envelope[index - 1]) envelope[index - 1] = envelope[index];
  }
  return envelope;
}

function interpolate101(recall: readonly number[], envelope: readonly number[]): number[] {
  let cursor = 0;
  return COCO_RECALL_THRESHOLDS.map((threshold) => {
    // First position with recall >= threshold (np.searchsorted, side "left").
    while (cursor < recall.length && recall[cursor] < threshold) cursor += 1;
    return cursor < recall.length ? envelope[cursor] : 0;
  });
}

function allPointsAp(recall: readonly number[], precision: readonly number[]): number {
  const envelope = precisionEnvelope([0, ...precision, 0]);
  const recallSteps = [0, ...recall, 1];
  let area = 0;
  for (let index = 1; index < recallSteps.length; index += 1) {
    if (recallSteps[index] !== recallSteps[index - 1]) area += (recallSteps[index] - recallSteps[index - 1]) * envelope[index];
  }
  return area;
}

interface CumulativeCurve {
  scores: number[];
  recall: number[];
  precision: number[];
}

/** Running recall and precision over the counted detections, highest score first. */
function cumulativeCurve(
  scores: readonly number[],
  matched: readonly boolean[],
  ignored: readonly boolean[],
  countedGroundTruths: number,
): CumulativeCurve {
  const curve: CumulativeCurve = { scores: [], recall: [], precision: [] };
  let tp = 0;
  let fp = 0;
  scores.forEach((score, index) => {
    if (ignored[index]) return;
    if (matched[index]) tp += 1;
    else fp += 1;
    curve.scores.push(score);
    curve.recall.push(tp / countedGroundTruths);
    curve.precision.push(tp / (tp + fp));
  });
  return curve;
}

function meanOf(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((total, value) => total + value, 0) / values.length;
}

function findThreshold(thresholds: readonly number[], wanted: number): number {
  return thresholds.findIndex((threshold) => Math.abs(threshold - wanted) < 1e-9);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}

// Ids may be numbers or strings; the number 1 and the string "1" are different ids.
const idKey = (id: ClassLabel): string => `${typeof id}:${String(id)}`;

export function evaluateDetections(
  groundTruths: readonly GroundTruthObject[],
  detections: readonly DetectedObject[],
  options: DetectionEvaluationOptions = {},
): DetectionEvaluation {
  const thresholds = [...(options.iouThresholds ?? COCO_IOU_THRESHOLDS)];
  if (thresholds.length === 0 || thresholds.some((value) => !(value > 0 && value <= 1))) {
    throw new RangeError('evaluateDetections: IoU thresholds must lie in (0, 1]');
  }
  const maxDetections = options.maxDetectionsPerImage ?? 100;
  assertPositiveInteger('evaluateDetections', 'maxDetectionsPerImage', maxDetections);
  const interpolation = options.interpolation ?? 'coco-101';
  const curveThreshold = findThreshold(thresholds, options.curveIouThreshold ?? 0.5);
  if (curveThreshold === -1) throw new RangeError('evaluateDetections: curveIouThreshold must be one of the IoU thresholds');
  for (const gt of groundTruths) assertValidXyxyBox('evaluateDetections', gt.box);
  for (const dt of detections) {
    assertValidXyxyBox('evaluateDetections', dt.box);
    if (!Number.isFinite(dt.score)) throw new RangeError('evaluateDetections: detection scores must be finite');
  }

  const classIds = uniqueSorted([...groundTruths, ...detections].map((object) => object.classId));
  const imageIds = uniqueSorted([...groundTruths, ...detections].map((object) => object.imageId));
  const gtGroups = groupBy(groundTruths, (gt) => `${idKey(gt.classId)}|${idKey(gt.imageId)}`);
  const dtGroups = groupBy(detections, (dt) => `${idKey(dt.classId)}|${idKey(dt.imageId)}`);

  const perClass = classIds.map((classId): ClassDetectionResult => {
    const scores: number[] = [];
    const matched: boolean[][] = thresholds.map(() => []);
    const ignored: boolean[][] = thresholds.map(() => []);
    let countedGroundTruths = 0;
    for (const imageId of imageIds) {
      const key = `${idKey(classId)}|${idKey(imageId)}`;
      const result = matchImageClass(gtGroups.get(key) ?? [], dtGroups.get(key) ?? [], thresholds, maxDetections);
      scores.push(...result.scores);
      thresholds.forEach((_, t) => {
        matched[t].push(...result.matched[t]);
        ignored[t].push(...result.ignored[t]);
      });
      countedGroundTruths += result.countedGroundTruths;
    }
    // Stable sort: equal scores keep image order, then in-image order, as pycocotools' mergesort.
    const order = Array.from(scores.keys()).sort((first, second) => scores[second] - scores[first]);
    const sortedScores = order.map((index) => scores[index]);
    const curves = thresholds.map((_, t) =>
      cumulativeCurve(
        sortedScores,
        order.map((index) => matched[t][index]),
        order.map((index) => ignored[t][index]),
        countedGroundTruths,
      ),
    );
    const noGroundTruth = countedGroundTruths === 0;
    const ap = curves.map((curve) => {
      if (noGroundTruth) return Number.NaN;
      if (interpolation === 'all-points') return allPointsAp(curve.recall, curve.precision);
      return meanOf(interpolate101(curve.recall, precisionEnvelope(curve.precision)));
    });
    const curve = curves[curveThreshold];
    const at = (wanted: number) => {
      const index = findThreshold(thresholds, wanted);
      return index === -1 ? Number.NaN : ap[index];
    };
    return {
      classId,
      groundTruths: countedGroundTruths,
      detections: scores.length,
      ap,
      ap50: at(0.5),
      ap75: at(0.75),
      apMean: meanOf(ap),
      prCurve: noGroundTruth
        ? []
        : curve.scores.map((score, index) => ({ score, precision: curve.precision[index], recall: curve.recall[index] })),
      interpolatedPrecision: noGroundTruth
        ? COCO_RECALL_THRESHOLDS.map(() => Number.NaN)
        : interpolate101(curve.recall, precisionEnvelope(curve.precision)),
    };
  });

  const scored = perClass.filter((result) => result.groundTruths > 0);
  return {
    iouThresholds: thresholds,
    perClass,
    map50: meanOf(scored.map((result) => result.ap50)),
    map75: meanOf(scored.map((result) => result.ap75)),
    map: meanOf(scored.map((result) => result.apMean)),
  };
}

function uniqueSorted(ids: readonly ClassLabel[]): ClassLabel[] {
  const unique = new Map<string, ClassLabel>();
  for (const id of ids) unique.set(idKey(id), id);
  return [...unique.values()].sort(compareLabels);
}
