// metrics.json of a vision-detect run: everything the Evaluate, Train, Data and Model card pages show,
// computed once at training time so the pages never disagree with the registry.
import type { QualityReport } from '@atlas/data-pipeline';
import type { LatencyEntry } from '@atlas/model-core';
import type { DetectorParams } from './configs';
import type { DetectionReport } from './evaluate';

export interface DatasetSummary {
  id: string;
  name: string;
  source: 'real' | 'sample' | 'custom';
  citation: string;
  license: string;
  images: { train: number; val: number; test: number };
  boxes: { train: number; val: number; test: number };
  /** Image ids of each part, so the split can be rebuilt and the gallery shown. */
  splitIds: { train: string[]; val: string[]; test: string[] };
  /** Boxes by their longest side after letterboxing to the input size (all parts), per class. */
  boxSides: { bins: string[]; counts: Record<string, number[]> };
}

export interface VisionMetrics {
  kind: 'vision-detect';
  config: string;
  configDetails: DetectorParams;
  classes: string[];
  dataset: DatasetSummary;
  training: {
    seconds: number;
    /** CPU seconds of the training process: comparable across machine loads. */
    cpuSeconds: number;
    steps: number;
    epochs: number;
    lossHistory: number[];
    /** Validation mAP@0.5 during training. */
    valHistory: { epoch: number; map50: number }[];
    backend: string;
    /** 1-minute load average of the machine when training started and ended. */
    loadAverage: [number, number];
    cores: number;
  };
  /** null without validation images (a small custom folder). */
  val: { map50: number; map: number } | null;
  test: DetectionReport;
  latency: { server: LatencyEntry };
  size: { parameters: number; bytes: number };
  /** The data pipeline's quality report (the road-sign data; absent for a user's folder). */
  dataReport?: QualityReport;
}
