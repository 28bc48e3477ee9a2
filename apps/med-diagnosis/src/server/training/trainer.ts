// The med-diagnosis trainer of the shared training flow (@atlas/service): the train CLI, the worker
// behind POST /api/train and the tests all run it. Node only.
import type { DomainTrainer, TrainingArgs } from '@atlas/service';
import { CONFIGS, type MedConfig } from '../../domain/configs';
import { trainMedRun } from '../../domain/train-run';
import { buildCard } from '../../domain/card';
import { trainerInfo } from '../../domain/trainer-info';
import { TASK_IDS, type SpecId, type TaskId } from '../../domain/tasks';
import { parseMissingArg } from '../../domain/custom-data';
import { loadCustomCsv } from './custom-csv';
import { loadTaskData, type TaskData } from './data';

export type MedData = Partial<Record<SpecId, TaskData>>;

const stringArg = (value: string | boolean | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

function tasksOf(args: TrainingArgs): TaskId[] {
  const t = args.task;
  if (t === undefined || t === true || t === 'all' || t === false) return [...TASK_IDS];
  if (t === 'pima' || t === 'wdbc') return [t];
  throw new RangeError(`--task must be pima, wdbc or all, got "${String(t)}"`);
}

export const trainer: DomainTrainer<MedData, MedConfig> = {
  ...trainerInfo,
  async loadData({ dataPath, args, log }) {
    if (dataPath) {
      if (typeof args.label !== 'string') throw new RangeError('--data needs --label <column>: the outcome column of your CSV');
      const custom = await loadCustomCsv(dataPath, {
        label: args.label,
        missing: parseMissingArg(args.missing),
        positive: stringArg(args.positive),
        hospital: stringArg(args.hospital),
        delimiter: stringArg(args.delimiter),
        log,
      });
      return { data: { custom }, dataset: custom.dataset };
    }
    const tasks = tasksOf(args);
    const data: MedData = {};
    for (const task of tasks) {
      const loaded = await loadTaskData(task, { source: args.sample === true ? 'sample' : 'auto' });
      data[task] = loaded;
      log(`${task}: ${loaded.dataset.name}, ${loaded.patients.length} rows${loaded.dataset.isSample ? ' (sample)' : ''}`);
    }
    const all = tasks.flatMap((t) => (data[t] ? [data[t].dataset] : []));
    const dataset =
      all.length === 1
        ? { ...all[0] }
        : {
            id: all.map((d) => d.id).join('.and.'),
            name: all.map((d) => d.name).join(' + '),
            source: all.map((d) => d.source).join(' + '),
            license: all.map((d) => d.license).join('; '),
            rows: all.reduce((s, d) => s + d.rows, 0),
            isSample: all.some((d) => d.isSample),
          };
    return { data, dataset };
  },
  async train({ configName, params, data, onProgress, signal, backend, seed, args, log }) {
    const preset = CONFIGS[configName];
    const config: MedConfig = { ...(preset?.params ?? params), ...(seed === undefined ? {} : { seed }) };
    if (typeof args.folds === 'string') config.folds = Number(args.folds);
    const taskData = data[config.task];
    if (!taskData) {
      if (config.task === 'custom') throw new RangeError(`config ${configName} trains on your own CSV: pass --data file.csv --label column`);
      throw new RangeError(`config ${configName} trains ${config.task}, but ${data.custom ? '--data' : '--task'} loaded only ${Object.keys(data).join(', ')}`);
    }
    const run = await trainMedRun(configName, config, taskData.patients, taskData.dataset, { signal, onProgress, spec: taskData.spec });
    const m = run.metrics;
    if (m.privacy) log(`accountant: epsilon ${m.privacy.epsilon.toFixed(3)} at delta ${m.privacy.delta} (noise multiplier ${m.privacy.noiseMultiplier.toFixed(3)}, ${m.privacy.steps} steps)`);
    log(`${configName}: CV AUC ${m.cv.meanAuc.toFixed(4)} (pooled 95% CI ${m.cv.pooledAuc.lower.toFixed(3)}-${m.cv.pooledAuc.upper.toFixed(3)}), ECE ${m.cv.ece.toFixed(3)}, Brier ${m.cv.brier.toFixed(3)}`);
    const card = await buildCard(run, { backend, seed: config.seed, license: taskData.dataset.license });
    return {
      artifact: { model: run.model, preprocess: run.preprocess as never, metrics: run.metrics as never, card },
      metrics: {
        headline: { name: 'roc_auc', value: m.cv.meanAuc },
        task: m.task,
        aucCi: { low: m.cv.pooledAuc.lower, high: m.cv.pooledAuc.upper },
        ece: m.cv.ece,
        brier: m.cv.brier,
        sensitivityAt90Specificity: m.cv.sensitivityAt90Specificity,
        epsilon: m.privacy ? m.privacy.epsilon : null,
        targetEpsilon: m.privacy ? m.privacy.targetEpsilon : null,
        trainingSeconds: m.training.seconds,
        groups: m.groups.map((g) => ({ ...g })),
        hospitals: m.groups.map((g) => ({ name: g.name, size: g.size, positives: g.positives })),
      },
    };
  },
};
