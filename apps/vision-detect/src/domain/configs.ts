// The named detector configurations: one model family (model-core's CenterNet-style detector) at
// three input sizes, so the resolution / speed / accuracy tradeoff is measured rather than guessed.
// Each states every choice that affects its numbers; a run stores it as its params.

import type { Architecture } from './architecture';

export const CONFIG_NAMES = ['fast-160', 'balanced-224', 'accurate-320'] as const;
export type ConfigName = (typeof CONFIG_NAMES)[number];
export const DEFAULT_CONFIG: ConfigName = 'balanced-224';
/** The configuration that meets the product's quality bar (package.json's `train-best` trains it). */
export const BEST_CONFIG: ConfigName = 'accurate-320';

export function isConfigName(value: string): value is ConfigName {
  return (CONFIG_NAMES as readonly string[]).includes(value);
}

export interface AugmentConfig {
  /** Zoom relative to the served scale: [min, max]; below 1 zooms out. */
  scale: [number, number];
  /** Share of crops centred near a sign (the rest anywhere). */
  objectCentred: number;
  /** Jitter of the window's aspect ratio (0.15 = +-15%). */
  aspect: number;
  /** Brightness, contrast and saturation jitter (0.25 = factors in [0.75, 1.25]). */
  colour: number;
  /** Probability of a 3x3 box blur. */
  blur: number;
  /** A box cut by the crop is kept when at least this share of it stays visible. */
  minVisible: number;
}

export interface DetectorParams {
  name: ConfigName;
  title: string;
  summary: string;
  /** Square input side in pixels: images are letterboxed to it. */
  inputSize: number;
  /** Side of the square training crops (at the served scale): a fraction of the cost of whole images. */
  cropSize: number;
  architecture: Architecture;
  stageWidths: number[];
  convsPerStage: 1 | 2;
  headWidth: number;
  /** Passes over the (freshly augmented) training images. */
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Share of the epochs spent warming the learning rate up linearly, before the cosine decay. */
  warmup: number;
  /** Repeat-factor sampling threshold t: images of classes held by fewer than t of the images repeat. */
  repeatThreshold: number;
  augment: AugmentConfig;
  seed: number;
}

const AUGMENT: AugmentConfig = { scale: [0.7, 1.4], objectCentred: 0.8, aspect: 0.15, colour: 0.3, blur: 0.2, minVisible: 0.6 };
const BACKBONE = { architecture: 'fpn' as const, stageWidths: [16, 32, 48, 96, 128], convsPerStage: 2 as const, headWidth: 48 };

// What the three share: the network, the optimiser and the augmentation; they differ in resolution.
const SHARED = { ...BACKBONE, batchSize: 16, learningRate: 4e-3, warmup: 0.05, repeatThreshold: 0.3, augment: AUGMENT, seed: 7 };

export const CONFIGS: Record<ConfigName, DetectorParams> = {
  'fast-160': {
    name: 'fast-160',
    title: 'Fast (160 px)',
    summary: '160x160 letterboxed input: the quickest to train and run, misses more small signs',
    inputSize: 160,
    cropSize: 96,
    epochs: 80,
    ...SHARED,
  },
  'balanced-224': {
    name: 'balanced-224',
    title: 'Balanced (224 px)',
    summary: '224x224 letterboxed input: the default, trains in a few minutes on two cores',
    inputSize: 224,
    cropSize: 128,
    epochs: 60,
    ...SHARED,
  },
  'accurate-320': {
    name: 'accurate-320',
    title: 'Accurate (320 px)',
    summary: '320x320 letterboxed input: sees small and distant signs best and meets the quality bar; slowest to train and run',
    inputSize: 320,
    cropSize: 160,
    // Validation mAP was still rising at 80 epochs; 120 took test mAP@0.5 from 0.586 to 0.654.
    epochs: 120,
    ...SHARED,
  },
};
