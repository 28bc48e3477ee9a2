// The detector network: model-core's CenterNet targets, loss and decoding, with the heads at stride 8
// on features merged top-down from strides 16 and 32 (a small feature pyramid). Road signs are small
// (a median side of ~24 px at 224 px input) yet some fill the frame, so the heads need fine cells and
// a wide receptive field at once. The input is [n, any, any, 3] (sides divisible by 32): training runs
// on crops, serving on the whole letterboxed image.
import { centerNetLoss, encodeDetectionTargets, tf, type DetectorLayout, type LossFunction } from '@atlas/model-core';
import { SeedSequence } from '@atlas/model-core/models/seeds';

export type Architecture = 'fpn';

export interface ArchitectureSpec {
  architecture: Architecture;
  /** Square side of the served input (the letterbox). */
  inputSize: number;
  /** Widths at strides 2, 4, 8, 16 and 32. */
  stageWidths: number[];
  /** 2 adds a stride-1 conv at strides 8 and 16. */
  convsPerStage: 1 | 2;
  headWidth: number;
}

export const STRIDE = 8;
const MULTIPLE = 32;

// CenterNet starts the heat-map bias so every cell first predicts 0.1 (else background swamps the loss).
const HEAT_PRIOR_BIAS = -Math.log((1 - 0.1) / 0.1);

export function layoutOf(side: number, classes: number): DetectorLayout {
  if (side % MULTIPLE !== 0) throw new Error(`Input side ${side} must be divisible by ${MULTIPLE}`);
  return { stride: STRIDE, gridHeight: side / STRIDE, gridWidth: side / STRIDE, classes, outputChannels: classes + 4, targetChannels: classes + 5 };
}

export function buildNetwork(spec: ArchitectureSpec, classes: number, seed: number): tf.LayersModel {
  if (spec.stageWidths.length !== 5) throw new Error('stageWidths needs five widths (strides 2 to 32)');
  const seeds = new SeedSequence(seed);
  const [w2, w4, w8, w16, w32] = spec.stageWidths;
  const conv = (input: tf.SymbolicTensor, filters: number, strides: number, kernelSize = 3) => {
    const c = tf.layers.conv2d({ filters, kernelSize, strides, padding: 'same', useBias: false, kernelInitializer: seeds.heNormal() }).apply(input);
    // Momentum 0.9: short runs must leave usable moving statistics.
    const n = tf.layers.batchNormalization({ momentum: 0.9 }).apply(c);
    return tf.layers.reLU().apply(n) as tf.SymbolicTensor;
  };
  const image = tf.input({ shape: [null, null, 3], name: 'image' });
  const c2 = conv(image, w2, 2);
  const c4 = conv(c2, w4, 2);
  let c8 = conv(c4, w8, 2);
  if (spec.convsPerStage === 2) c8 = conv(c8, w8, 1);
  let c16 = conv(c8, w16, 2);
  if (spec.convsPerStage === 2) c16 = conv(c16, w16, 1);
  const c32 = conv(c16, w32, 2);
  const width = spec.headWidth;
  const lateral = (x: tf.SymbolicTensor) => conv(x, width, 1, 1);
  const up = (x: tf.SymbolicTensor) => tf.layers.upSampling2d({ size: [2, 2] }).apply(x) as tf.SymbolicTensor;
  const p16 = tf.layers.add().apply([lateral(c16), up(lateral(c32))]) as tf.SymbolicTensor;
  const p8 = tf.layers.add().apply([lateral(c8), up(p16)]) as tf.SymbolicTensor;
  const hidden = conv(p8, width, 1);
  const out = (name: string, filters: number, bias: number) =>
    tf.layers
      .conv2d({ filters, kernelSize: 1, kernelInitializer: seeds.glorotUniform(), biasInitializer: tf.initializers.constant({ value: bias }), name: `${name}_out` })
      .apply(hidden) as tf.SymbolicTensor;
  const output = tf.layers.concatenate({ axis: -1, name: 'heat_size_offset' }).apply([out('heatmap', classes, HEAT_PRIOR_BIAS), out('size', 2, 0), out('offset', 2, 0)]) as tf.SymbolicTensor;
  return tf.model({ inputs: image, outputs: output, name: 'centernet_fpn' });
}

export interface TrainingHead {
  loss: LossFunction;
  encodeTargets: (boxes: Parameters<typeof encodeDetectionTargets>[0]) => tf.Tensor4D;
}

/** Loss and targets for training crops of `side` pixels. */
export function trainingHead(side: number, classes: number): TrainingHead {
  const layout = layoutOf(side, classes);
  return { loss: centerNetLoss(layout), encodeTargets: (boxes) => encodeDetectionTargets(boxes, layout) };
}
