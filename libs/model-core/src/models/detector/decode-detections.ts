import { tf } from '../../tf';
import type { Detection } from './boxes';
import type { DetectorLayout } from './detector-config';
import { nonMaxSuppression } from './non-max-suppression';

export interface DecodeOptions {
  /** Peaks taken per image before thresholding. Default 20. */
  maxDetections?: number;
  /** Minimum heat-map score. Default 0.3. */
  scoreThreshold?: number;
  /** Class-wise IoU above which the lower-scoring box is dropped. Default 0.5. */
  iouThreshold?: number;
}

/**
 * Turns the model output [n, gridHeight, gridWidth, classes + 4] into boxes in input pixels: heat-map
 * peaks are the cells equal to the maximum of their 3x3 neighbourhood (CenterNet's max-pool "NMS"),
 * the top `maxDetections` peaks above the threshold become boxes from the size and offset heads, and
 * class-wise IoU suppression removes what remains of duplicates.
 */
export function decodeDetections(
  output: tf.Tensor4D,
  layout: DetectorLayout,
  imageSize: { height: number; width: number },
  options: DecodeOptions = {},
): Detection[][] {
  const { classes, gridHeight, gridWidth, stride } = layout;
  const cells = gridHeight * gridWidth * classes;
  const topK = Math.min(options.maxDetections ?? 20, cells);
  const threshold = options.scoreThreshold ?? 0.3;
  const [batch] = output.shape;
  const [scores, indices, geometry] = tf.tidy(() => {
    const heat = tf.sigmoid(tf.slice(output, [0, 0, 0, 0], [-1, -1, -1, classes]));
    const pooled = tf.maxPool(heat, 3, 1, 'same');
    const peaks = tf.mul(heat, tf.cast(tf.equal(heat, pooled), 'float32'));
    const { values, indices: at } = tf.topk(tf.reshape(peaks, [batch, cells]), topK);
    return [values, at, tf.slice(output, [0, 0, 0, classes], [-1, -1, -1, 4])];
  });
  const scoreValues = scores.dataSync();
  const indexValues = indices.dataSync();
  const geometryValues = geometry.dataSync();
  tf.dispose([scores, indices, geometry]);

  const results: Detection[][] = [];
  for (let image = 0; image < batch; image += 1) {
    const found: Detection[] = [];
    for (let rank = 0; rank < topK; rank += 1) {
      const score = scoreValues[image * topK + rank];
      if (score < threshold) break;
      const index = indexValues[image * topK + rank];
      const classId = index % classes;
      const cell = Math.floor(index / classes);
      const cellY = Math.floor(cell / gridWidth);
      const cellX = cell % gridWidth;
      const at = (image * gridHeight * gridWidth + cell) * 4;
      const [width, height, offsetX, offsetY] = geometryValues.subarray(at, at + 4);
      const centerX = (cellX + offsetX) * stride;
      const centerY = (cellY + offsetY) * stride;
      const halfWidth = (Math.max(0, width) * stride) / 2;
      const halfHeight = (Math.max(0, height) * stride) / 2;
      found.push({
        x1: Math.max(0, centerX - halfWidth),
        y1: Math.max(0, centerY - halfHeight),
        x2: Math.min(imageSize.width, centerX + halfWidth),
        y2: Math.min(imageSize.height, centerY + halfHeight),
        classId,
        score,
      });
    }
    results.push(nonMaxSuppression(found, options.iouThreshold ?? 0.5));
  }
  return results;
}
