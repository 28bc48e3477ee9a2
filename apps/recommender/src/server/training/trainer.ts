// The recommender trainer of the shared training flow (@atlas/service): the train CLI, the worker
// behind POST /api/train and the tests all run it. Node only.
import { measureModelSize } from '@atlas/model-core';
import type { DomainTrainer, TrainingArgs } from '@atlas/service';
import { buildCard } from '../../domain/card';
import { CONFIGS, type RecConfig } from '../../domain/configs';
import type { RecDataset } from '../../domain/dataset';
import { toLayersModel } from '../../domain/artifact-model';
import { trainRecRun } from '../../domain/train-run';
import { trainerInfo } from '../../domain/trainer-info';
import { appRatingsForTraining } from '../app-ratings';
import { loadMovieLens } from '../movielens';
import { loadRatingsCsv } from './custom-csv';

function stringArg(args: TrainingArgs, name: string): string | undefined {
  const v = args[name];
  return typeof v === 'string' ? v : undefined;
}

export const trainer: DomainTrainer<RecDataset, RecConfig> = {
  ...trainerInfo,
  async loadData({ dataPath, args, seed }) {
    let appRatings = 0;
    const data = dataPath
      ? await loadRatingsCsv(dataPath, { itemsPath: stringArg(args, 'items'), seed: seed ?? 7 })
      : await loadMovieLens({ source: args.sample === true ? 'sample' : 'auto', extra: await appRatingsForTraining() }).then((l) => {
          appRatings = l.extraUsed;
          return l.data;
        });
    if (appRatings) console.log(`adding ${appRatings} ratings given in the app to the final fit`);
    return {
      data,
      dataset: {
        id: dataPath ? 'custom-ratings' : 'movielens-100k',
        name: data.name,
        source: data.source,
        license: data.license,
        rows: data.all.ratings.length,
        isSample: data.isSample,
      },
    };
  },
  async train({ configName, params, data, onProgress, signal, backend, seed }) {
    const config = { ...CONFIGS[configName as keyof typeof CONFIGS], ...params, ...(seed === undefined ? {} : { seed }) } as RecConfig;
    const run = trainRecRun(configName, config, data, { onProgress: (p) => onProgress(p), signal });
    const model = toLayersModel(run.model, data.all.nUsers);
    const size = measureModelSize(model);
    const card = buildCard(run.metrics, { backend: backend ?? 'typescript', seed: config.seed, size: { parameters: size.parameters, bytes: size.bytes }, dataset: { name: data.name, source: data.source, license: data.license } });
    const metrics = {
      headline: run.metrics.kind === 'mf' && run.metrics.rating ? { name: 'rmse', value: run.metrics.rating.rmse } : { name: 'ndcg@10', value: run.metrics.ranking.ndcg },
      rmse: run.metrics.rating?.rmse ?? null,
      mae: run.metrics.rating?.mae ?? null,
      ...Object.fromEntries(Object.entries(run.metrics.ranking).map(([k, v]) => [`${k}@10`.replace('users@10', 'users'), v])),
      detail: run.metrics,
    };
    return { artifact: { model, preprocess: run.preprocess as never, metrics: run.metrics as never, card }, metrics: metrics as never };
  },
};
