// The vision-detect trainer of the shared training flow (@atlas/service): the train CLI, the worker
// behind POST /api/train and the tests all run it. loadData reads the road-sign subset (or a Pascal
// VOC folder with --data); train fits the detector from scratch, evaluates it and returns the artifact.
// Node only.
import os from 'node:os';
import type { QualityReport } from '@atlas/data-pipeline/node';
import type { DomainTrainer, TrainingArgs } from '@atlas/service';
import { CONFIGS, isConfigName, type DetectorParams } from '../../domain/configs';
import type { DetectionData } from '../../domain/detection-data';
import { trainDetectionRun } from '../../domain/train-run';
import { trainerInfo } from '../../domain/trainer-info';
import { loadRoadSigns } from './road-signs';
import { runSummary } from './run-summary';
import { loadVocFolder } from './voc-folder';

export interface VisionTrainingData extends DetectionData {
  dataset: { id: string; name: string; source: 'real' | 'sample' | 'custom'; citation: string; license: string };
  report?: QualityReport;
}

export function epochsOf(args: TrainingArgs, params: DetectorParams): number {
  const text = args.epochs;
  if (typeof text !== 'string') return params.epochs;
  const epochs = Number(text);
  if (!Number.isInteger(epochs) || epochs < 1 || epochs > 500) throw new RangeError(`--epochs must be an integer from 1 to 500, got "${text}"`);
  return epochs;
}

export const trainer: DomainTrainer<VisionTrainingData, DetectorParams> = {
  ...trainerInfo,
  async loadData({ dataPath, args, seed, log }) {
    if (dataPath) {
      const voc = await loadVocFolder(dataPath, seed === undefined ? {} : { seed: String(seed) });
      for (const s of voc.skipped) log(`skipped ${s.file}: ${s.reason}`);
      const images = voc.train.length + voc.val.length + voc.test.length;
      return {
        dataset: { id: `voc-folder-${voc.classes.join('-').slice(0, 40)}`, name: `Pascal VOC folder ${voc.folder}`, source: voc.folder, license: 'the owner’s', rows: images, isSample: false },
        data: { ...voc, dataset: { id: 'voc-folder', name: 'Pascal VOC folder', source: 'custom', citation: voc.folder, license: 'the owner’s' } },
      };
    }
    const signs = await loadRoadSigns({ source: args.sample === true ? 'sample' : 'real' });
    const { build } = signs;
    const images = signs.train.length + signs.val.length + signs.test.length;
    return {
      dataset: {
        id: build.isSample ? `${build.id}-sample` : build.id,
        name: build.isSample ? `${build.entry.title} (generated sample)` : build.entry.title,
        source: build.entry.homepage ?? build.entry.source,
        license: build.entry.license.name,
        rows: images,
        isSample: build.isSample,
      },
      data: {
        classes: signs.classes,
        train: signs.train,
        val: signs.val,
        test: signs.test,
        dataset: { id: build.id, name: build.entry.title, source: build.source, citation: build.entry.citation, license: build.entry.license.name },
        report: build.report,
      },
    };
  },
  async train({ configName, params, data, onProgress, signal, seed, args, log }) {
    const base = { ...(isConfigName(configName) ? CONFIGS[configName] : {}), ...params } as DetectorParams;
    const config: DetectorParams = { ...base, epochs: epochsOf(args, base), ...(seed === undefined ? {} : { seed }) };
    const run = await trainDetectionRun(config, data, data.dataset, {
      onProgress,
      signal,
      log,
      cpuSeconds: () => process.cpuUsage().user / 1e6,
      loadAverage: () => os.loadavg()[0],
      cores: os.availableParallelism(),
    });
    if (data.report) run.metrics.dataReport = data.report;
    return {
      artifact: { model: run.detector.model, preprocess: run.spec as never, metrics: run.metrics as never, card: run.card },
      metrics: runSummary(run.metrics),
    };
  },
};
