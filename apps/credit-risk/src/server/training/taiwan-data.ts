// The Taiwan credit data as a training input: the data pipeline's build (real files through the cache
// and mirrors, or the project's generated sample when no source has them), its seeded 70/10/20 split
// and its quality report. Node only.
import { buildCreditDefault, saveBuild, type QualityReport } from '@atlas/data-pipeline/node';
import type { DatasetInfo, LoadedData } from '@atlas/service';
import { tableFromExamples } from '../../domain/dataset';
import type { TrainingData } from '../../domain/train-run';

export interface CreditTrainingData extends TrainingData {
  report: QualityReport | null;
}

export async function loadTaiwanData(options: { seed?: number; source?: 'auto' | 'real' | 'sample' } = {}): Promise<LoadedData<CreditTrainingData>> {
  const build = await buildCreditDefault({ source: options.source ?? 'auto', ...(options.seed === undefined ? {} : { seed: String(options.seed) }) });
  await saveBuild(build);
  const parts = build.split.parts;
  const dataset: DatasetInfo = {
    id: build.isSample ? `${build.id}-sample` : build.id,
    name: build.isSample ? `${build.entry.title} (generated sample)` : build.entry.title,
    source: build.entry.homepage,
    license: build.entry.license.name,
    rows: build.examples.length,
    sha256: build.isSample ? null : build.entry.files[0].sha256,
    isSample: build.isSample,
  };
  return {
    dataset,
    data: {
      table: tableFromExamples(build.examples),
      split: { train: parts.train, validation: parts.val, test: parts.test, seed: build.split.seed ?? 'atlas-2024', fingerprint: build.split.fingerprint },
      schema: { kind: 'taiwan-credit' },
      dataset: { id: dataset.id, name: dataset.name, source: build.source, citation: build.entry.citation, license: dataset.license },
      report: build.report,
    },
  };
}
