import { intersectionOverUnion, type Detection } from '../../src/models/detector/boxes';
import { buildDetector } from '../../src/models/detector/centernet';
import { decodeDetections } from '../../src/models/detector/decode-detections';
import { centerNetLoss } from '../../src/models/detector/detection-loss';
import { encodeDetectionTargets } from '../../src/models/detector/detection-targets';
import { detectorLayout } from '../../src/models/detector/detector-config';
import { gaussianRadius } from '../../src/models/detector/gaussian-targets';
import { nonMaxSuppression } from '../../src/models/detector/non-max-suppression';
import { initRuntime } from '../../src/runtime/node';
import { tf } from '../../src/tf';

// Only forward computations here, which wasm runs as shipped.
beforeAll(async () => {
  expect((await initRuntime({ backend: 'wasm' })).backend).toBe('wasm');
});

describe('boxes', () => {
  it('IoU by hand', () => {
    expect(intersectionOverUnion({ x1: 0, y1: 0, x2: 2, y2: 2 }, { x1: 1, y1: 1, x2: 3, y2: 3 })).toBeCloseTo(1 / 7, 12);
    expect(intersectionOverUnion({ x1: 0, y1: 0, x2: 2, y2: 2 }, { x1: 2, y1: 0, x2: 4, y2: 2 })).toBe(0);
  });

  it('class-wise NMS drops overlapping boxes of the same class only', () => {
    const box = (x: number, classId: number, score: number): Detection => ({ x1: x, y1: x, x2: x + 10, y2: x + 10, classId, score });
    // IoU of the first two: 81 / 119 = 0.68.
    const kept = nonMaxSuppression([box(1, 0, 0.8), box(0, 0, 0.9), box(20, 0, 0.7), box(0, 1, 0.6)], 0.5);
    expect(kept).toEqual([box(0, 0, 0.9), box(20, 0, 0.7), box(0, 1, 0.6)]);
    expect(nonMaxSuppression([box(1, 0, 0.8), box(0, 0, 0.9)], 0.7)).toHaveLength(2);
  });
});

describe('CenterNet targets', () => {
  it('matches the reference gaussian_radius (values from the published Python code)', () => {
    // CenterNet src/lib/utils/image.py, gaussian_radius((h, w), 0.7), evaluated with NumPy.
    expect(gaussianRadius(3, 3)).toBeCloseTo(0.8199601592044532, 12);
    expect(gaussianRadius(10, 5)).toBeCloseTo(1.8389626792530667, 12);
    expect(gaussianRadius(32, 32)).toBeCloseTo(8.746241698180839, 12);
    expect(gaussianRadius(2, 7)).toBeCloseTo(0.8728655361717195, 12);
  });

  it('puts a Gaussian peak, the size, the offset and the mask at the centre cell', () => {
    const layout = detectorLayout({ inputHeight: 32, inputWidth: 32, classes: 2, seed: 0 }); // stride 4, grid 8x8
    // 16x16 px box centred at (10, 11) px: centre cell (2, 2), offset (0.5, 0.75), size 4x4 cells,
    // radius floor(gaussianRadius(4, 4)) = 1, sigma 0.5: neighbours exp(-2), diagonals exp(-4).
    const targets = encodeDetectionTargets([[{ x1: 2, y1: 3, x2: 18, y2: 19, classId: 1 }]], layout);
    const at = targets.arraySync()[0];
    targets.dispose();
    expect(at[2][2]).toEqual([0, 1, 4, 4, 0.5, 0.75, 1]);
    expect(at[2][3][1]).toBeCloseTo(Math.exp(-2), 6);
    expect(at[1][2][1]).toBeCloseTo(Math.exp(-2), 6);
    expect(at[3][3][1]).toBeCloseTo(Math.exp(-4), 6);
    expect(at[2][4][1]).toBe(0);
    expect(at[2][3].slice(2)).toEqual([0, 0, 0, 0, 0]);
    const maskSum = at.flat().reduce((sum, cell) => sum + cell[6], 0);
    expect(maskSum).toBe(1);
  });
});

describe('CenterNet loss', () => {
  it('equals focal + 0.1 * size L1 + offset L1 over the objects, by hand', () => {
    // One image, a 1x2 grid, one class: the centre at cell 0 (heat 1), heat 0.5 at cell 1.
    const layout = { stride: 4, gridHeight: 1, gridWidth: 2, classes: 1, outputChannels: 5, targetChannels: 6 };
    const target = tf.tensor4d([[[[1, 2, 3, 0.25, 0.5, 1], [0.5, 0, 0, 0, 0, 0]]]]);
    const output = tf.tensor4d([[[[0, 1.5, 3, 0.25, 0], [Math.log(1 / 3), 9, 9, 9, 9]]]]);
    const loss = centerNetLoss(layout)(target, output);
    const pCentre = 0.5;
    const pOther = 0.25;
    const focal = -((1 - pCentre) ** 2) * Math.log(pCentre) - (1 - 0.5) ** 4 * pOther ** 2 * Math.log(1 - pOther);
    const expected = focal + 0.1 * (0.5 + 0) + (0 + 0.5);
    expect(loss.dataSync()[0]).toBeCloseTo(expected, 5);
    tf.dispose([target, output, loss]);
  });
});

describe('decoding', () => {
  it('keeps 3x3 heat-map peaks above the threshold and turns size and offset into pixel boxes', () => {
    const layout = detectorLayout({ inputHeight: 16, inputWidth: 16, classes: 2, stageWidths: [4, 4], seed: 0 }); // 4x4 grid
    const values = new Float32Array(4 * 4 * 6).fill(0);
    const set = (y: number, x: number, channels: number[]) => values.set(channels, (y * 4 + x) * 6);
    for (let cell = 0; cell < 16; cell += 1) values.set([-10, -10], cell * 6);
    set(1, 2, [-10, 2, 2, 1.5, 0.5, 0.25]); // class 1, p 0.88: 8x6 px box centred at (10, 5)
    set(1, 3, [-10, 1, 5, 5, 0, 0]); // class 1, p 0.73, beside a higher peak: not a peak
    set(3, 0, [0, -10, 1, 1, 0, 0]); // class 0, p 0.5: 4x4 box centred at (0, 12), clipped at x = 0
    const output = tf.tensor4d(values, [1, 4, 4, 6]);
    const [found] = decodeDetections(output, layout, { height: 16, width: 16 }, { scoreThreshold: 0.3 });
    output.dispose();
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ classId: 1, x1: 6, y1: 2, x2: 14, y2: 8 });
    expect(found[0].score).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(found[1]).toMatchObject({ classId: 0, x1: 0, y1: 10, x2: 2, y2: 14, score: 0.5 });
  });

  it('builds a model whose output grid and channels match the layout, with the prior bias', () => {
    const detector = buildDetector({ inputHeight: 32, inputWidth: 32, classes: 3, stageWidths: [4, 8, 8], headWidth: 4, seed: 1 });
    expect(detector.layout).toMatchObject({ stride: 8, gridHeight: 4, gridWidth: 4, outputChannels: 7 });
    expect(detector.model.outputs[0].shape).toEqual([null, 4, 4, 7]);
    const output = detector.model.predict(tf.zeros([1, 32, 32, 3])) as tf.Tensor;
    expect(output.shape).toEqual([1, 4, 4, 7]);
    output.dispose();
    const heatBias = detector.model.getLayer('heatmap_out').getWeights()[1].dataSync();
    expect(Array.from(heatBias).every((value) => Math.abs(value + Math.log(9)) < 1e-6)).toBe(true);
    expect(detector.describe()).toMatchObject({ kind: 'detector-centernet' });
    expect(() => buildDetector({ inputHeight: 30, inputWidth: 32, classes: 1, seed: 1 })).toThrow(/divisible/);
    detector.model.dispose();
  });
});
