import {
  COCO_IOU_THRESHOLDS,
  COCO_RECALL_THRESHOLDS,
  crowdOverlap,
  evaluateDetections,
  iou,
  xywhToXyxy,
  type DetectedObject,
  type GroundTruthObject,
} from '../../src/metrics';

// The expected values below were computed by hand (arithmetic in the comments) and agree with a
// transcription of pycocotools' COCOeval.evaluateImg/accumulate run on the same boxes.

describe('box overlap', () => {
  it('computes IoU in continuous coordinates', () => {
    // Overlap 5 x 10 = 50; union 100 + 100 - 50 = 150.
    expect(iou([0, 0, 10, 10], [5, 0, 15, 10])).toBeCloseTo(1 / 3, 15);
    expect(iou([0, 0, 10, 10], [0, 0, 10, 10])).toBe(1);
    expect(iou([0, 0, 10, 10], [10, 0, 20, 10])).toBe(0); // touching edges
    expect(iou([0, 0, 0, 0], [0, 0, 0, 0])).toBe(0); // zero area
    // A 10 x 10 detection inside a 40 x 40 crowd region: intersection over the detection = 1.
    expect(crowdOverlap([45, 45, 55, 55], [40, 40, 80, 80])).toBe(1);
    expect(xywhToXyxy([5, 6, 10, 20])).toEqual([5, 6, 15, 26]);
  });

  it('uses numpy-exact COCO thresholds', () => {
    expect(COCO_IOU_THRESHOLDS).toHaveLength(10);
    expect(COCO_IOU_THRESHOLDS[8]).toBe(0.8999999999999999); // as np.linspace(.5, .95, 10) gives
    expect(COCO_RECALL_THRESHOLDS).toHaveLength(101);
    expect(COCO_RECALL_THRESHOLDS[35]).toBe(0.35000000000000003);
  });
});

describe('detection AP', () => {
  const groundTruths: GroundTruthObject[] = [
    { imageId: 1, classId: 'a', box: [0, 0, 10, 10] },
    { imageId: 1, classId: 'a', box: [20, 20, 30, 30] },
    { imageId: 2, classId: 'a', box: [0, 0, 10, 10] },
    { imageId: 2, classId: 'b', box: [0, 0, 10, 10] },
    { imageId: 2, classId: 'b', box: [40, 40, 80, 80], crowd: true },
    { imageId: 3, classId: 'd', box: [0, 0, 5, 5] },
  ];
  const detections: DetectedObject[] = [
    // Class a, IoU with its best ground truth: 1 (TP), 0.8 with the same box (duplicate: FP),
    // 0.7 (TP up to IoU 0.7), 0.6 (TP up to IoU 0.6).
    { imageId: 1, classId: 'a', box: [0, 0, 10, 10], score: 0.9 },
    { imageId: 1, classId: 'a', box: [0, 0, 10, 8], score: 0.8 },
    { imageId: 2, classId: 'a', box: [0, 0, 10, 7], score: 0.7 },
    { imageId: 1, classId: 'a', box: [20, 20, 30, 26], score: 0.6 },
    // Class b: a hit, two detections inside the crowd region (ignored), one miss.
    { imageId: 2, classId: 'b', box: [0, 0, 10, 10], score: 0.9 },
    { imageId: 2, classId: 'b', box: [45, 45, 55, 55], score: 0.8 },
    { imageId: 2, classId: 'b', box: [60, 60, 70, 70], score: 0.7 },
    { imageId: 2, classId: 'b', box: [100, 100, 110, 110], score: 0.6 },
    // Class c has detections but no ground truth; class d has ground truth but no detections.
    { imageId: 3, classId: 'c', box: [0, 0, 5, 5], score: 0.5 },
  ];
  const result = evaluateDetections(groundTruths, detections);
  const byClass = new Map(result.perClass.map((entry) => [entry.classId, entry]));

  it('computes 101-point AP per IoU threshold', () => {
    const classA = byClass.get('a');
    // IoU 0.5-0.6: TP FP TP TP of 3 ground truths -> recall 1/3 1/3 2/3 1, precision 1 .5 2/3 .75,
    // envelope 1 .75 .75 .75. Recall points 0..0.33 (34) get 1, 0.34..1 (67) get .75:
    // (34 + 67 * .75) / 101 = 84.25 / 101 = 0.83416.
    // IoU 0.65-0.7: TP FP TP FP -> envelope 1 2/3 2/3 .5; 34 points at 1, 33 at 2/3: 56 / 101.
    // IoU 0.75-0.95: TP FP FP FP -> 34 / 101.
    const expected = [84.25, 84.25, 84.25, 56, 56, 34, 34, 34, 34, 34].map((value) => value / 101);
    classA?.ap.forEach((value, index) => expect(value).toBeCloseTo(expected[index], 14));
    expect(classA?.ap50).toBeCloseTo(84.25 / 101, 14);
    expect(classA?.ap75).toBeCloseTo(34 / 101, 14);
    // Mean over the ten thresholds: (3 * 84.25 + 2 * 56 + 5 * 34) / 1010 = 0.52946.
    expect(classA?.apMean).toBeCloseTo(534.75 / 1010, 14);
    expect(classA?.groundTruths).toBe(3);
    expect(classA?.detections).toBe(4);
  });

  it('ignores detections in crowd regions and handles classes without detections or ground truth', () => {
    // Class b: TP, two ignored, FP -> recall 1 from the first detection: every recall point at 1.
    expect(byClass.get('b')?.ap.every((value) => Math.abs(value - 1) < 1e-12)).toBe(true);
    expect(byClass.get('b')?.groundTruths).toBe(1);
    expect(byClass.get('c')?.ap.every(Number.isNaN)).toBe(true);
    expect(byClass.get('d')?.ap.every((value) => value === 0)).toBe(true);
    // Without the crowd flag the two detections in the region are false positives instead.
    const noCrowd = evaluateDetections(
      groundTruths.map((gt) => ({ ...gt, crowd: false })),
      detections.filter((dt) => dt.classId === 'b'),
    );
    // b now has 2 ground truths: TP FP FP FP -> recall .5 at precision 1: 51 / 101.
    expect(noCrowd.perClass.find((entry) => entry.classId === 'b')?.ap50).toBeCloseTo(51 / 101, 14);
  });

  it('averages over classes with ground truth (mAP)', () => {
    // a, b, d count; c (no ground truth) does not.
    expect(result.map50).toBeCloseTo((84.25 / 101 + 1 + 0) / 3, 14); // 0.61139
    expect(result.map).toBeCloseTo((534.75 / 1010 + 1 + 0) / 3, 14); // 0.50982
    expect(result.map75).toBeCloseTo((34 / 101 + 1 + 0) / 3, 14);
  });

  it('returns the raw and interpolated precision-recall curve at IoU 0.5', () => {
    const curve = byClass.get('a')?.prCurve ?? [];
    expect(curve.map((point) => point.score)).toEqual([0.9, 0.8, 0.7, 0.6]);
    expect(curve.map((point) => point.recall)).toEqual([1 / 3, 1 / 3, 2 / 3, 1]);
    expect(curve.map((point) => point.precision)).toEqual([1, 0.5, 2 / 3, 0.75]);
    const interpolated = byClass.get('a')?.interpolatedPrecision ?? [];
    expect(interpolated).toHaveLength(101);
    expect(interpolated[33]).toBe(1);
    expect(interpolated[34]).toBe(0.75);
    expect(interpolated[100]).toBe(0.75);
  });

  it('reproduces the all-points (VOC 2010+) area when asked', () => {
    // Recall steps 0 -> 1/3 at envelope 1, 1/3 -> 2/3 and 2/3 -> 1 at .75: 1/3 + .25 + .25.
    const voc = evaluateDetections(groundTruths, detections, { iouThresholds: [0.5], interpolation: 'all-points' });
    expect(voc.perClass.find((entry) => entry.classId === 'a')?.ap50).toBeCloseTo(5 / 6, 14);
    expect(voc.map75).toBeNaN(); // 0.75 not evaluated
  });

  it('matches greedily by score, one ground truth per detection', () => {
    // d1 (0.9) overlaps G1 with IoU 70/130 = .54 and G2 with 90/110 = .82: it takes G2.
    // d2 (0.8) overlaps G2 with IoU .9 but G2 is taken, and G1 only 54/136 = .40: a false positive,
    // although matching d1-G1, d2-G2 would have found both. AP50 = 51/101 (recall .5 at precision 1).
    const greedy = evaluateDetections(
      [
        { imageId: 1, classId: 1, box: [0, 0, 10, 10] },
        { imageId: 1, classId: 1, box: [4, 0, 14, 10] },
      ],
      [
        { imageId: 1, classId: 1, box: [3, 0, 13, 10], score: 0.9 },
        { imageId: 1, classId: 1, box: [4, 0, 14, 9], score: 0.8 },
      ],
    );
    // At IoU 0.85 d1 no longer matches (FP) and d2 does: precision .5 up to recall .5 -> 25.5 / 101.
    const expected = [51, 51, 51, 51, 51, 51, 51, 25.5, 25.5, 0].map((value) => value / 101);
    greedy.perClass[0].ap.forEach((value, index) => expect(value).toBeCloseTo(expected[index], 14));
  });

  it('honours ignore flags (VOC "difficult") and the per-image detection limit', () => {
    const flagged: GroundTruthObject[] = [
      { imageId: 1, classId: 1, box: [0, 0, 10, 10] },
      { imageId: 1, classId: 1, box: [20, 0, 30, 10], ignore: true },
      { imageId: 2, classId: 1, box: [0, 0, 10, 10] },
    ];
    const found: DetectedObject[] = [
      { imageId: 1, classId: 1, box: [20, 0, 30, 10], score: 0.95 }, // on the ignored box: not counted
      { imageId: 1, classId: 1, box: [50, 0, 60, 10], score: 0.9 }, // FP
      { imageId: 1, classId: 1, box: [0, 0, 10, 10], score: 0.8 }, // TP
      { imageId: 2, classId: 1, box: [0, 0, 10, 10], score: 0.7 }, // TP
    ];
    // Counted: FP, TP, TP of 2 -> precision 0, .5, 2/3; envelope 2/3 at every recall point: AP 2/3.
    expect(evaluateDetections(flagged, found).perClass[0].ap50).toBeCloseTo(2 / 3, 14);
    // One detection per image: image 1 keeps only the ignored one, image 2 its TP: 51 / 101.
    expect(evaluateDetections(flagged, found, { maxDetectionsPerImage: 1 }).perClass[0].ap50).toBeCloseTo(51 / 101, 14);
  });

  it('follows pycocotools where a recall equals a rounded recall threshold', () => {
    // 7 of 20 found: recall 7/20 = 0.35 falls just below the threshold 0.35000000000000003, so
    // only the points 0..0.34 get precision 1: 35/101, not 36/101.
    const truths = Array.from({ length: 20 }, (_, image): GroundTruthObject => ({ imageId: image, classId: 1, box: [0, 0, 10, 10] }));
    const hits = Array.from({ length: 7 }, (_, image): DetectedObject => ({ imageId: image, classId: 1, box: [0, 0, 10, 10], score: 0.9 }));
    expect(evaluateDetections(truths, hits).perClass[0].ap50).toBeCloseTo(35 / 101, 14);
  });

  it('handles empty inputs and rejects malformed boxes', () => {
    const empty = evaluateDetections([], []);
    expect(empty.perClass).toEqual([]);
    expect(empty.map).toBeNaN();
    expect(evaluateDetections([{ imageId: 1, classId: 1, box: [0, 0, 1, 1] }], []).map).toBe(0);
    expect(() => evaluateDetections([{ imageId: 1, classId: 1, box: [5, 0, 1, 1] }], [])).toThrow('x2 >= x1');
    expect(() => evaluateDetections([], [], { curveIouThreshold: 0.42 })).toThrow('curveIouThreshold');
  });
});
