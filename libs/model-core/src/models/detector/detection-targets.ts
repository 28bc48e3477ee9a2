import { tf } from '../../tf';
import type { Box } from './boxes';
import type { DetectorLayout } from './detector-config';
import { drawGaussian, gaussianRadius } from './gaussian-targets';

/**
 * Training targets for a batch of images, [n, gridHeight, gridWidth, classes + 5]: per class a heat
 * map with a Gaussian peak of 1 at each object's centre cell, then at the centre cells only: the box
 * size in grid cells (w, h), the sub-cell offset of the true centre (x, y), and a mask of 1.
 */
export function encodeDetectionTargets(images: readonly (readonly Box[])[], layout: DetectorLayout): tf.Tensor4D {
  const { gridHeight, gridWidth, classes, targetChannels, stride } = layout;
  const perImage = gridHeight * gridWidth * targetChannels;
  const values = new Float32Array(images.length * perImage);
  images.forEach((boxes, imageIndex) => {
    const map = values.subarray(imageIndex * perImage, (imageIndex + 1) * perImage);
    for (const box of boxes) {
      if (box.classId < 0 || box.classId >= classes) throw new Error(`Box class ${box.classId} is outside [0, ${classes})`);
      const width = (box.x2 - box.x1) / stride;
      const height = (box.y2 - box.y1) / stride;
      if (!(width > 0 && height > 0)) continue;
      const centerX = (box.x1 + box.x2) / 2 / stride;
      const centerY = (box.y1 + box.y2) / 2 / stride;
      const cellX = Math.min(gridWidth - 1, Math.max(0, Math.floor(centerX)));
      const cellY = Math.min(gridHeight - 1, Math.max(0, Math.floor(centerY)));
      const radius = Math.max(0, Math.floor(gaussianRadius(Math.ceil(height), Math.ceil(width))));
      drawGaussian(map, { height: gridHeight, width: gridWidth, channels: targetChannels, channel: box.classId }, cellX, cellY, radius);
      const at = (cellY * gridWidth + cellX) * targetChannels + classes;
      map[at] = width;
      map[at + 1] = height;
      map[at + 2] = centerX - cellX;
      map[at + 3] = centerY - cellY;
      map[at + 4] = 1;
    }
  });
  return tf.tensor4d(values, [images.length, gridHeight, gridWidth, targetChannels]);
}
