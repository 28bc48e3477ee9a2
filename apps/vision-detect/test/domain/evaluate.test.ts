import { confusionMatrix, evaluateResults, matchImage, meanAp, operatingPoints, type ImageResult } from '../../src/domain/evaluate';

const box = (classId: number, x1: number, y1: number, x2: number, y2: number) => ({ classId, x1, y1, x2, y2 });
const det = (classId: number, score: number, x1: number, y1: number, x2: number, y2: number) => ({ ...box(classId, x1, y1, x2, y2), score });

// Two images, classes 0 and 1. Image a: a class-0 sign found, and a false class-1 box in the sky.
// Image b: a class-1 sign labelled as class 0, and a class-0 sign missed.
const results: ImageResult[] = [
  { id: 'a', width: 100, height: 100, truth: [box(0, 10, 10, 30, 30)], detections: [det(0, 0.9, 11, 11, 30, 30), det(1, 0.6, 60, 0, 80, 20)] },
  { id: 'b', width: 100, height: 100, truth: [box(1, 50, 50, 70, 70), box(0, 0, 0, 10, 10)], detections: [det(0, 0.8, 50, 50, 70, 70), det(1, 0.1, 0, 80, 5, 85)] },
];

describe('detection evaluation', () => {
  it('matches boxes across classes at the operating point', () => {
    expect(matchImage(results[0])).toEqual([
      { truth: 0, predicted: 0 },
      { truth: null, predicted: 1 },
    ]);
    expect(matchImage(results[1])).toEqual([
      { truth: 1, predicted: 0 },
      { truth: 0, predicted: null },
    ]);
  });

  it('counts a confusion matrix with background (rows: truth, columns: predicted)', () => {
    const m = confusionMatrix(results, ['stop', 'speedlimit']);
    expect(m.labels).toEqual(['stop', 'speedlimit', 'background']);
    expect(m.counts).toEqual([
      [1, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ]);
  });

  it('computes AP by hand: class 0 finds 1 of 2 signs first, then a wrong one', () => {
    // Class 0 detections by score: 0.9 TP (a), 0.8 FP (b, wrong class). Recall reaches 0.5 at precision 1:
    // 101-point AP = 51 points of precision 1 / 101. Class 1: one FP at 0.6, the TP-less 0.1: AP 0.
    const ap = meanAp(results, [0.5]);
    expect(ap.perClass.find((c) => c.classId === 0)?.ap50).toBeCloseTo(51 / 101, 10);
    expect(ap.perClass.find((c) => c.classId === 1)?.ap50).toBe(0);
    expect(ap.map50).toBeCloseTo(51 / 202, 10);
  });

  it('gives a perfect detector mAP 1 with a degenerate interval', () => {
    const perfect = results.map((r) => ({ ...r, detections: r.truth.map((t) => ({ ...t, score: 0.9 })) }));
    const report = evaluateResults(perfect, ['stop', 'speedlimit'], { resamples: 50 });
    expect(report.map50.estimate).toBe(1);
    expect(report.map.estimate).toBe(1);
    expect([report.map50.lower, report.map50.upper]).toEqual([1, 1]);
    expect(report.failures).toEqual([]);
  });

  it('says what each confidence floor does to recall, precision and false boxes', () => {
    const points = operatingPoints(results);
    const at = (s: number) => points.find((p) => Math.abs(p.score - s) < 1e-9);
    // At 0.5: shown 0.9 (right), 0.6 (false), 0.8 (wrong class): 1 right of 3 truths and 3 shown.
    expect(at(0.5)).toMatchObject({ recall: 1 / 3, precision: 1 / 3, falseBoxesPerImage: 1 });
    expect(at(0.85)).toMatchObject({ recall: 1 / 3, precision: 1, falseBoxesPerImage: 0 });
  });
});
