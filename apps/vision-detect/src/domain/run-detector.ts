// Runs a detector on whole images: letterbox, forward pass in small batches, decode, and map the boxes
// back to source pixels. The evaluation, the server and the browser all run this file.
import { letterbox, type RgbImage } from '@atlas/data-pipeline';
import { decodeDetections, tf, type DetectorLayout } from '@atlas/model-core';
import { layoutOf, type ArchitectureSpec } from './architecture';
import { FILL, pixelsOf, toSourceBox, type PixelBox } from './image-input';

export interface Detected extends PixelBox {
  classId: number;
  score: number;
}

/** What serving needs from preprocess.json: the classes and the geometry of the network. */
export interface DetectorSpec extends ArchitectureSpec {
  kind: 'centernet-detector';
  classes: string[];
}

export interface RunnableDetector {
  model: tf.LayersModel;
  spec: DetectorSpec;
  layout: DetectorLayout;
}

export function runnable(model: tf.LayersModel, spec: DetectorSpec): RunnableDetector {
  return { model, spec, layout: layoutOf(spec.inputSize, spec.classes.length) };
}

/**
 * Candidates kept per image for evaluation and for the Try page's sliders: a low score floor and no
 * suppression beyond CenterNet's peak picking, so that confidence and NMS IoU can be applied later
 * without running the model again.
 */
export const CANDIDATES = { maxDetections: 50, scoreThreshold: 0.05, iouThreshold: 1 } as const;

/** Model input [n, S, S, 3] of already letterboxed images. */
export function inputTensor(images: readonly RgbImage[], inputSize: number): tf.Tensor4D {
  const pixels = new Float32Array(images.length * inputSize * inputSize * 3);
  images.forEach((image, i) => pixels.set(pixelsOf(image), i * inputSize * inputSize * 3));
  return tf.tensor4d(pixels, [images.length, inputSize, inputSize, 3]);
}

export function detectImages(detector: RunnableDetector, images: readonly RgbImage[], batchSize = 8): Detected[][] {
  const size = detector.spec.inputSize;
  const out: Detected[][] = [];
  for (let start = 0; start < images.length; start += batchSize) {
    const boxes = images.slice(start, start + batchSize).map((image) => letterbox(image, size, size, FILL));
    const x = inputTensor(boxes.map((b) => b.image), size);
    try {
      const output = detector.model.predict(x) as tf.Tensor4D;
      const found = decodeDetections(output, detector.layout, { height: size, width: size }, CANDIDATES);
      output.dispose();
      found.forEach((dets, i) => out.push(dets.map((d) => ({ ...toSourceBox(d, boxes[i]), classId: d.classId, score: d.score }))));
    } finally {
      x.dispose();
    }
  }
  return out;
}
