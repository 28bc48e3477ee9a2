// One training run of a configuration, from a labelled table to everything the artifact holds:
// k-fold cross-validation for the headline, the final model fitted on the training part, its test
// evaluation (metrics, curves, cutoff grid, fairness, failure cases), the serving references and the
// measured latency. No file system and no registry: the caller saves and registers.
import { measureLatency, measureModelSize, type TradeoffCardInput } from '@atlas/model-core';
import { buildCard } from './card';
import type { CreditConfig } from './configs';
import { crossValidate, type CrossValidation } from './cross-validate';
import { DEFAULT_CUTOFF } from './cutoff';
import { concatTables, positiveRate, subset, type InputSchema, type LabeledTable } from './dataset';
import { evaluateScores } from './evaluate';
import { failureCases } from './failure-cases';
import { fairnessReport, type ScoredCase } from './fairness';
import { CREDIT_FEATURES } from './fields';
import { fitConfig, fitUnits } from './fit-config';
import { predictPd, type FittedModel } from './fitted-model';
import { mlpColumns, SCORECARD_COLUMNS, type InputColumn, type ModelRow } from './model-inputs';
import { featureGroupsOf, PREPROCESS_FORMAT, type CreditPreprocess } from './preprocess';
import { CreditPredictor, type ApplicationInput } from './predictor';
import { ProgressPlan, type ProgressListener } from './progress';
import type { CreditMetrics, DatasetSummary } from './run-metrics';
import { DEFAULT_SCALING } from './scaling';
import { explanationBaseline, psiReferences, typicalApplication } from './serving-reference';

export interface TrainingData {
  table: LabeledTable;
  /** Ids of the seeded split: the final model fits on train + validation, is scored on test. */
  split: { train: string[]; validation: string[]; test: string[]; seed: string; fingerprint: string };
  schema: InputSchema;
  dataset: Omit<DatasetSummary, 'rows' | 'positiveRate' | 'split'>;
}

export interface TrainRunOptions {
  /** Folds of the cross-validation; 0 skips it. */
  folds: number;
  backend: string;
  onProgress?: ProgressListener;
  signal?: AbortSignal;
  /** Latency measurement: timed single-application predictions (default 200). */
  latencyRuns?: number;
}

export interface TrainedRun {
  fitted: FittedModel;
  preprocess: CreditPreprocess;
  metrics: CreditMetrics;
  card: TradeoffCardInput;
}

export function columnsOf(config: CreditConfig, schema: InputSchema): InputColumn[] {
  if (schema.kind === 'custom') return config.kind === 'mlp' && config.excludeProtected ? schema.columns.filter((c) => !c.protected) : schema.columns;
  return config.kind === 'mlp' ? mlpColumns({ excludeProtected: config.excludeProtected }) : [...SCORECARD_COLUMNS];
}

/** The application a row came from (the raw fields for the Taiwan layout). */
export function inputOfRow(schema: InputSchema, columns: readonly InputColumn[]): (row: ModelRow) => ApplicationInput {
  const names = schema.kind === 'taiwan-credit' ? [...CREDIT_FEATURES] : columns.map((c) => c.name);
  return (row) => Object.fromEntries(names.map((n) => [n, row[n] ?? null]));
}

function buildPreprocess(config: CreditConfig, data: TrainingData, fitted: FittedModel, train: LabeledTable): CreditPreprocess {
  const trainPds = predictPd(fitted, train.rows);
  return {
    format: PREPROCESS_FORMAT,
    version: 1,
    config: config.name,
    kind: config.kind,
    schema: data.schema,
    columns: fitted.columns,
    encoder: fitted.encoder,
    calibrator: fitted.calibrator,
    scorecard: fitted.scorecard,
    scaling: config.kind === 'scorecard' ? config.scaling : DEFAULT_SCALING,
    cutoff: DEFAULT_CUTOFF,
    baseline: explanationBaseline(fitted, train),
    featureGroups: featureGroupsOf(fitted.encoder, fitted.columns),
    psi: psiReferences(train, data.schema, fitted.columns, trainPds),
    defaults: typicalApplication(train, data.schema, fitted.columns),
    isSample: data.dataset.source === 'sample',
  };
}

export async function trainCreditRun(config: CreditConfig, data: TrainingData, options: TrainRunOptions): Promise<TrainedRun> {
  const started = Date.now();
  const columns = columnsOf(config, data.schema);
  const plan = new ProgressPlan(fitUnits(config) * (options.folds + 1) + 1, options.onProgress);
  let cv: CrossValidation | null = null;
  if (options.folds > 1) {
    cv = await crossValidate(config, data.table, columns, { k: options.folds, seed: data.split.seed, plan, signal: options.signal });
  }
  const train = concatTables([subset(data.table, data.split.train), subset(data.table, data.split.validation)]);
  const test = subset(data.table, data.split.test);
  const fitted = await fitConfig(config, train, columns, { seed: `${data.split.seed}/final`, plan, stage: 'final model', label: 'final model', signal: options.signal });
  const finalFitSeconds = fitted.trainingSeconds;
  plan.note('evaluation', 'scoring the test set');
  const preprocess = buildPreprocess(config, data, fitted, train);
  const predictor = new CreditPredictor(fitted.model, preprocess);
  const testPds = predictPd(fitted, test.rows);
  const inputOf = inputOfRow(data.schema, fitted.columns);
  const evaluation = evaluateScores(test.labels, testPds, { cutoff: preprocess.cutoff });
  const fairness =
    data.schema.kind === 'taiwan-credit'
      ? fairnessReport(
          test.rows.map<ScoredCase>((r, i) => ({
            applicant: { SEX: Number(r.SEX), AGE: Number(r.AGE), EDUCATION: Number(r.EDUCATION) },
            label: test.labels[i],
            pd: testPds[i],
          })),
          preprocess.cutoff,
        )
      : null;
  const sample = inputOf(test.rows[0]);
  const latency = await measureLatency(() => predictor.pds([sample]), { warmupRuns: 20, runs: options.latencyRuns ?? 200 });
  const size = measureModelSize(fitted.model);
  const metrics: CreditMetrics = {
    format: 'atlas-credit-risk-metrics',
    version: 1,
    config: config.name,
    configDetails: config,
    dataset: {
      ...data.dataset,
      rows: { train: train.ids.length, validation: 0, test: test.ids.length },
      positiveRate: positiveRate(data.table),
      split: { seed: data.split.seed, fingerprint: data.split.fingerprint },
    },
    crossValidation: cv,
    test: evaluation,
    fairness,
    failureCases: failureCases(test, testPds, predictor, inputOf),
    history: fitted.histories,
    inputs: fitted.columns.map((c) => c.name),
    training: {
      seconds: (Date.now() - started) / 1000,
      finalFitSeconds,
      backend: options.backend,
      samplesPerSecond: fitted.samplesPerSecond,
    },
    latency: { server: { ...latency, backend: options.backend, batchSize: 1 } },
    size: { parameters: size.parameters, bytes: size.bytes },
    scorecard: fitted.scorecard,
  };
  plan.finishUnit('evaluation', 'done');
  return { fitted, preprocess, metrics, card: buildCard(metrics, { backend: options.backend, seed: config.seed }) };
}
