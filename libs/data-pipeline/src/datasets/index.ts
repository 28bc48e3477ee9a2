// One builder per catalog dataset, by id. Node only.
import type { DatasetId } from '../catalog/types';
import { buildBreastCancerWisconsin } from './breast-cancer-wisconsin-diagnostic';
import { buildClinc150 } from './clinc150';
import { buildMovieLens100k } from './movielens-100k';
import { buildPimaDiabetes } from './pima-indians-diabetes';
import { buildRoadSigns } from './road-sign-detection-subset';
import type { BuildOptions } from './source';
import { buildToutiaoNewsTitles } from './toutiao-news-titles-20k';
import type { DatasetBuild } from './types';
import { buildCreditDefault } from './uci-default-of-credit-card-clients';

export const BUILDERS: Readonly<Record<DatasetId, (options?: BuildOptions) => Promise<DatasetBuild<unknown>>>> = {
  clinc150: buildClinc150,
  'toutiao-news-titles-20k': buildToutiaoNewsTitles,
  'road-sign-detection-subset': buildRoadSigns,
  'movielens-100k': buildMovieLens100k,
  'uci-default-of-credit-card-clients': buildCreditDefault,
  'pima-indians-diabetes': buildPimaDiabetes,
  'breast-cancer-wisconsin-diagnostic': buildBreastCancerWisconsin,
};

export function buildDataset(id: DatasetId, options?: BuildOptions): Promise<DatasetBuild<unknown>> {
  return BUILDERS[id](options);
}
