import { tf } from '../../tf';
import { describeLayersModel } from '../describe-model';
import type { ModelBundle } from '../model-bundle';
import { SeedSequence } from '../seeds';
import type { Box, Detection } from './boxes';
import { decodeDetections, type DecodeOptions } from './decode-detections';
import { centerNetLoss } from './detection-loss';
import { encodeDetectionTargets } from './detection-targets';
import { detectorLayout, type DetectorConfig, type DetectorLayout } from './detector-config';

export interface Detector extends ModelBundle<DetectorConfig> {
  layout: DetectorLayout;
  /** Training targets for trainModel's `y`, from the boxes of each image. */
  encodeTargets(images: readonly (readonly Box[])[]): tf.Tensor4D;
  /** Runs the model on images [n, height, width, channels] and decodes its boxes. */
  detect(images: tf.Tensor4D, options?: DecodeOptions): Detection[][];
}

// CenterNet starts the heat-map bias at -log((1 - 0.1) / 0.1) so every cell first predicts 0.1:
// without it the many background cells swamp the focal loss in the first steps.
const HEAT_PRIOR_BIAS = -Math.log((1 - 0.1) / 0.1);

/**
 * A small single-stage, anchor-free detector in the style of CenterNet: a strided conv backbone and
 * three heads (class heat map, box size, centre offset), concatenated into one output so the model
 * saves and loads as a plain layers model. Input 'image' [n, inputHeight, inputWidth, channels].
 */
export function buildDetector(config: DetectorConfig): Detector {
  const layout = detectorLayout(config);
  const seeds = new SeedSequence(config.seed);
  const image = tf.input({ shape: [config.inputHeight, config.inputWidth, config.channels ?? 3], name: 'image' });
  const convBlock = (input: tf.SymbolicTensor, filters: number, strides: number) => {
    const convolved = tf.layers
      .conv2d({ filters, kernelSize: 3, strides, padding: 'same', useBias: false, kernelInitializer: seeds.heNormal() })
      .apply(input);
    // Momentum 0.9 rather than 0.99: short training runs must leave usable moving statistics.
    const normalised = tf.layers.batchNormalization({ momentum: 0.9 }).apply(convolved);
    return tf.layers.reLU().apply(normalised) as tf.SymbolicTensor;
  };
  let features: tf.SymbolicTensor = image;
  for (const width of config.stageWidths ?? [16, 32]) {
    features = convBlock(features, width, 2);
    if ((config.convsPerStage ?? 2) === 2) features = convBlock(features, width, 1);
  }
  const headWidth = config.headWidth ?? 32;
  const head = (name: string, outputs: number, biasValue: number) => {
    const hidden =
      headWidth > 0
        ? tf.layers
            .conv2d({ filters: headWidth, kernelSize: 3, padding: 'same', activation: 'relu', kernelInitializer: seeds.heNormal(), name: `${name}_hidden` })
            .apply(features)
        : features;
    return tf.layers
      .conv2d({
        filters: outputs,
        kernelSize: 1,
        kernelInitializer: seeds.glorotUniform(),
        biasInitializer: tf.initializers.constant({ value: biasValue }),
        name: `${name}_out`,
      })
      .apply(hidden) as tf.SymbolicTensor;
  };
  const output = tf.layers
    .concatenate({ axis: -1, name: 'heat_size_offset' })
    .apply([head('heatmap', config.classes, HEAT_PRIOR_BIAS), head('size', 2, 0), head('offset', 2, 0)]) as tf.SymbolicTensor;
  const model = tf.model({ inputs: image, outputs: output, name: 'centernet' });
  const imageSize = { height: config.inputHeight, width: config.inputWidth };
  return {
    model,
    layout,
    loss: centerNetLoss(layout, { size: config.sizeWeight, offset: config.offsetWeight }),
    config,
    describe: () => describeLayersModel('detector-centernet', model, { ...config, stride: layout.stride }),
    encodeTargets: (images) => encodeDetectionTargets(images, layout),
    detect: (images, options) => {
      const predicted = model.predict(images) as tf.Tensor4D;
      try {
        return decodeDetections(predicted, layout, imageSize, options);
      } finally {
        predicted.dispose();
      }
    },
  };
}
