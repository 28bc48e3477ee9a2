import type { Box } from '../../src/models/detector/boxes';
import { createSeededRandom } from '../../src/seeded-random';
import { tf } from '../../src/tf';

/** Grey-scale images with dim noise and one bright square of side 6-10 px somewhere inside. */
export function squareImages(count: number, size: number, seed: number): { images: tf.Tensor4D; boxes: Box[][] } {
  const random = createSeededRandom(seed);
  const pixels = new Float32Array(count * size * size);
  const boxes: Box[][] = [];
  for (let image = 0; image < count; image += 1) {
    const side = 6 + Math.floor(random() * 5);
    const x1 = Math.floor(random() * (size - side + 1));
    const y1 = Math.floor(random() * (size - side + 1));
    for (let y = 0; y < size; y += 1) {
      for (let x = 0; x < size; x += 1) {
        const inside = x >= x1 && x < x1 + side && y >= y1 && y < y1 + side;
        pixels[(image * size + y) * size + x] = inside ? 0.8 + 0.2 * random() : 0.3 * random();
      }
    }
    boxes.push([{ x1, y1, x2: x1 + side, y2: y1 + side, classId: 0 }]);
  }
  return { images: tf.tensor4d(pixels, [count, size, size, 1]), boxes };
}
