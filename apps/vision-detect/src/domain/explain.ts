// Occlusion saliency of one detection: grey patches slide over the model input and the heat is how
// much the detection's heat-map score (its class, at its centre cell) drops when a region is hidden.
// The heat is returned on a coarse grid with the source-image region it covers, for drawing.
import { occlusionSaliency, tf } from '@atlas/model-core';
import type { PreparedImage } from './image-input';
import type { Detected, RunnableDetector } from './run-detector';

export interface Saliency {
  rows: number;
  cols: number;
  /** rows x cols, row-major, scaled so the largest drop is 1 (negative drops clipped to 0). */
  values: number[];
  /** The source-image rectangle the grid covers (the whole model input, padding included). */
  region: { x1: number; y1: number; x2: number; y2: number };
  baselineScore: number;
  patchSize: number;
}

// The normalised value of the letterbox grey (114), so a hidden patch looks like padding.
const GREY = (114 / 255 - 0.5) / 0.25;

export function explainDetection(detector: RunnableDetector, prepared: PreparedImage, target: Detected): Saliency {
  const { inputSize, classes } = detector.spec;
  const { stride, gridWidth, gridHeight } = detector.layout;
  const lb = prepared.letterbox;
  const cx = Math.min(gridWidth - 1, Math.max(0, Math.floor((((target.x1 + target.x2) / 2) * lb.scaleX + lb.padX) / stride)));
  const cy = Math.min(gridHeight - 1, Math.max(0, Math.floor((((target.y1 + target.y2) / 2) * lb.scaleY + lb.padY) / stride)));
  const heatOnly = (x: tf.Tensor) => tf.sigmoid(tf.slice(detector.model.apply(x, { training: false }) as tf.Tensor4D, [0, 0, 0, 0], [-1, -1, -1, classes.length]));
  const patchSize = Math.max(8, Math.round(inputSize / 7));
  const image = tf.tensor3d(prepared.pixels, [inputSize, inputSize, 3]);
  try {
    const result = occlusionSaliency(heatOnly, image, {
      patchSize,
      stride: Math.max(4, Math.round(patchSize / 2)),
      fillValue: GREY,
      target: (cy * gridWidth + cx) * classes.length + target.classId,
      batchSize: 16,
    });
    const cells = 16;
    const step = inputSize / cells;
    const values: number[] = [];
    for (let r = 0; r < cells; r++) {
      for (let c = 0; c < cells; c++) values.push(Math.max(0, result.heatmap[Math.floor((r + 0.5) * step)][Math.floor((c + 0.5) * step)]));
    }
    const peak = Math.max(...values, 1e-9);
    return {
      rows: cells,
      cols: cells,
      values: values.map((v) => Number((v / peak).toFixed(3))),
      region: { x1: -lb.padX / lb.scaleX, y1: -lb.padY / lb.scaleY, x2: (inputSize - lb.padX) / lb.scaleX, y2: (inputSize - lb.padY) / lb.scaleY },
      baselineScore: result.baselineScore,
      patchSize,
    };
  } finally {
    image.dispose();
  }
}
