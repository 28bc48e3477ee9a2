// metrics.json of a credit run: what the Evaluate, Train, Data and model-card pages read.
import type { QualityReport } from '@atlas/data-pipeline';
import type { EpochLogs, LatencySummary } from '@atlas/model-core';
import type { ConfigName, CreditConfig } from './configs';
import type { CrossValidation } from './cross-validate';
import type { ScoreEvaluation } from './evaluate';
import type { FailureCase } from './failure-cases';
import type { FairnessTable } from './fairness';
import type { ScorecardTable } from './scorecard';

export interface DatasetSummary {
  id: string;
  name: string;
  /** 'real' (the catalog's files), 'sample' (the project's generated sample), 'custom' (a user's CSV). */
  source: 'real' | 'sample' | 'custom';
  citation: string;
  license: string;
  rows: { train: number; validation: number; test: number };
  positiveRate: number;
  split: { seed: string; fingerprint: string };
  label?: string;
}

export interface CreditMetrics {
  format: 'atlas-credit-risk-metrics';
  version: 1;
  config: ConfigName;
  configDetails: CreditConfig;
  dataset: DatasetSummary;
  /** Null when cross-validation was skipped (e.g. a quick run). */
  crossValidation: CrossValidation | null;
  test: ScoreEvaluation;
  /** By SEX, age band and EDUCATION at the default cutoff (Taiwan data only). */
  fairness: FairnessTable[] | null;
  failureCases: FailureCase[];
  history: EpochLogs[][];
  inputs: string[];
  training: {
    /** The whole job: cross-validation, final fit, evaluation. */
    seconds: number;
    finalFitSeconds: number;
    backend: string;
    samplesPerSecond: number;
  };
  latency: { server: LatencySummary & { backend: string; batchSize: number } };
  size: { parameters: number; bytes: number };
  scorecard: ScorecardTable | null;
  /** The data pipeline's quality report of the build trained on (Taiwan data). */
  dataReport?: QualityReport;
}
