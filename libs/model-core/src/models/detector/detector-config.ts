export interface DetectorConfig {
  inputHeight: number;
  inputWidth: number;
  /** Image channels. Default 3. */
  channels?: number;
  classes: number;
  /**
   * Backbone widths, one stage per entry; each stage halves the resolution (a 3x3 stride-2 conv,
   * then a 3x3 conv, each with batch norm and ReLU). Default [16, 32]: output stride 4.
   */
  stageWidths?: number[];
  /** Convolutions per stage: 1 keeps only the strided one (for tiny, fast models). Default 2. */
  convsPerStage?: 1 | 2;
  /** Width of the 3x3 conv at the start of each head; 0 puts the 1x1 outputs on the backbone. Default 32. */
  headWidth?: number;
  /** Weights of the size and offset L1 terms (CenterNet: 0.1 and 1). */
  sizeWeight?: number;
  offsetWeight?: number;
  seed: number;
}

/** Derived layout: output grid and the channel order of the model output and the targets. */
export interface DetectorLayout {
  stride: number;
  gridHeight: number;
  gridWidth: number;
  classes: number;
  /** Output channels: [0, classes) heat-map logits, then size (w, h), then offset (x, y). */
  outputChannels: number;
  /** Target channels: heat map, size, offset, then a 0/1 mask of the object centres. */
  targetChannels: number;
}

export function detectorLayout(config: DetectorConfig): DetectorLayout {
  const stages = (config.stageWidths ?? [16, 32]).length;
  if (stages < 1) throw new Error('A detector needs at least one backbone stage');
  const stride = 2 ** stages;
  if (config.inputHeight % stride !== 0 || config.inputWidth % stride !== 0) {
    throw new Error(`Input ${config.inputHeight}x${config.inputWidth} must be divisible by the output stride ${stride}`);
  }
  return {
    stride,
    gridHeight: config.inputHeight / stride,
    gridWidth: config.inputWidth / stride,
    classes: config.classes,
    outputChannels: config.classes + 4,
    targetChannels: config.classes + 5,
  };
}
