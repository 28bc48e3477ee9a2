// CLINC150 as intent training data: the data pipeline's build (real files through the cache and
// mirrors, or the project's generated sample when no source has them), upstream splits kept. Node only.
import { buildClinc150, OOS_INTENT, saveBuild, type QualityReport } from '@atlas/data-pipeline/node';
import type { DatasetInfo, LoadedData } from '@atlas/service';
import type { IntentData } from '../../domain/intent-data';

export interface IntentTrainingData extends IntentData {
  report: QualityReport | null;
}

export async function loadClincData(options: { seed?: number; source?: 'auto' | 'real' | 'sample' } = {}): Promise<LoadedData<IntentTrainingData>> {
  const build = await buildClinc150({ source: options.source ?? 'auto', ...(options.seed === undefined ? {} : { seed: String(options.seed) }) });
  await saveBuild(build);
  const domainOf: Record<string, string> = {};
  for (const [domain, intents] of Object.entries(build.domains)) for (const intent of intents) domainOf[intent] = domain;
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
      examples: build.examples.map((e) => ({ text: e.text, intent: e.label, split: e.split })),
      labels: build.labels,
      oosLabel: OOS_INTENT,
      domainOf,
      dataset: { id: dataset.id, name: dataset.name, source: build.isSample ? 'sample' : 'real', citation: build.entry.citation, license: dataset.license },
      report: build.report,
    },
  };
}
