// Occlusion saliency (Zeiler and Fergus 2014, "Visualizing and Understanding Convolutional
// Networks"): slide a patch of a fill value over the image and record how much the explained
// score drops at each position. A pixel's heat is the mean drop over the patches that covered it:
// high where hiding the pixel hurts the prediction. Model-agnostic and gradient-free, so it also
// works where gradients are flat or noisy.
import { tf } from '../tf';
import { asModelFunction, type Explainable, scoreOf } from './model-function';

export interface OcclusionOptions {
  /** Patch height and width in pixels (one number for a square). */
  patchSize: number | [number, number];
  /** Step between patch positions; the patch size by default (no overlap). */
  stride?: number | [number, number];
  /** Value written into the patch (0 by default; the data set's mean is a common choice). */
  fillValue?: number;
  target?: number;
  /** Occluded images per forward pass (default 32). */
  batchSize?: number;
}

export interface OcclusionPatch {
  row: number;
  column: number;
  /** Score of the unoccluded image minus the score with this patch hidden. */
  drop: number;
}

export interface OcclusionResult {
  /** [height][width]: mean score drop over the patches covering each pixel. */
  heatmap: number[][];
  baselineScore: number;
  patches: OcclusionPatch[];
  /** The patch whose occlusion lowered the score most. */
  strongest: OcclusionPatch;
}

function pair(value: number | [number, number]): [number, number] {
  return typeof value === 'number' ? [value, value] : value;
}

/** Patch offsets along one axis, the last one flush with the edge so every pixel is covered. */
function offsets(extent: number, patch: number, stride: number): number[] {
  if (patch > extent) throw new RangeError(`A patch of ${patch} pixels does not fit in ${extent}.`);
  const starts: number[] = [];
  for (let start = 0; start + patch <= extent; start += stride) starts.push(start);
  if (starts[starts.length - 1] !== extent - patch) starts.push(extent - patch);
  return starts;
}

/** Occlusion heatmap of one image of shape [height, width, channels]. */
export function occlusionSaliency(
  model: Explainable,
  image: tf.Tensor3D | number[][][],
  options: OcclusionOptions,
): OcclusionResult {
  const run = asModelFunction(model);
  const picture = image instanceof tf.Tensor ? image : tf.tensor3d(image);
  const [height, width] = picture.shape;
  const [patchHeight, patchWidth] = pair(options.patchSize);
  const [strideRows, strideColumns] = pair(options.stride ?? options.patchSize);
  if (!(patchHeight >= 1 && patchWidth >= 1 && strideRows >= 1 && strideColumns >= 1)) {
    throw new RangeError('Patch sizes and strides must be at least one pixel.');
  }
  const fillValue = options.fillValue ?? 0;
  const batchSize = options.batchSize ?? 32;
  const positions = offsets(height, patchHeight, strideRows).flatMap((row) =>
    offsets(width, patchWidth, strideColumns).map((column) => ({ row, column })),
  );

  try {
    const baselineScore = tf.tidy(() => scoreOf(run(tf.expandDims(picture, 0)), options.target).dataSync()[0]);
    const patches: OcclusionPatch[] = [];
    for (let start = 0; start < positions.length; start += batchSize) {
      const chunk = positions.slice(start, start + batchSize);
      const scores = tf.tidy(() => {
        // mask = 1 inside the patch: image * (1 - mask) + fill * mask.
        const mask = new Float32Array(chunk.length * height * width);
        chunk.forEach(({ row, column }, index) => {
          for (let y = row; y < row + patchHeight; y += 1) {
            mask.fill(1, index * height * width + y * width + column, index * height * width + y * width + column + patchWidth);
          }
        });
        const masks = tf.tensor4d(mask, [chunk.length, height, width, 1]);
        const images = tf.add(tf.mul(tf.expandDims(picture, 0), tf.sub(1, masks)), tf.mul(masks, fillValue));
        return scoreOf(run(images), options.target).dataSync();
      });
      chunk.forEach((position, index) => patches.push({ ...position, drop: baselineScore - scores[index] }));
    }

    const total = Array.from({ length: height }, () => new Array<number>(width).fill(0));
    const count = Array.from({ length: height }, () => new Array<number>(width).fill(0));
    for (const { row, column, drop } of patches) {
      for (let y = row; y < row + patchHeight; y += 1) {
        for (let x = column; x < column + patchWidth; x += 1) {
          total[y][x] += drop;
          count[y][x] += 1;
        }
      }
    }
    const heatmap = total.map((line, y) => line.map((sum, x) => (count[y][x] > 0 ? sum / count[y][x] : 0)));
    const strongest = patches.reduce((best, patch) => (patch.drop > best.drop ? patch : best), patches[0]);
    return { heatmap, baselineScore, patches, strongest };
  } finally {
    if (!(image instanceof tf.Tensor)) picture.dispose();
  }
}
