// The dataset catalog: one typed entry per dataset the five apps use.
import { breastCancerWisconsinDiagnostic } from './entries/breast-cancer-wisconsin-diagnostic';
import { clinc150 } from './entries/clinc150';
import { movielens100k } from './entries/movielens-100k';
import { pimaIndiansDiabetes } from './entries/pima-indians-diabetes';
import { roadSignDetectionSubset } from './entries/road-sign-detection-subset';
import { toutiaoNewsTitles20k } from './entries/toutiao-news-titles-20k';
import { uciDefaultOfCreditCardClients } from './entries/uci-default-of-credit-card-clients';
import { isDatasetId, type CatalogEntry, type DatasetId } from './types';

export const CATALOG: Readonly<Record<DatasetId, CatalogEntry>> = {
  clinc150,
  'toutiao-news-titles-20k': toutiaoNewsTitles20k,
  'road-sign-detection-subset': roadSignDetectionSubset,
  'movielens-100k': movielens100k,
  'uci-default-of-credit-card-clients': uciDefaultOfCreditCardClients,
  'pima-indians-diabetes': pimaIndiansDiabetes,
  'breast-cancer-wisconsin-diagnostic': breastCancerWisconsinDiagnostic,
};

export function listCatalog(): CatalogEntry[] {
  return Object.values(CATALOG);
}

export function getCatalogEntry(id: string): CatalogEntry {
  if (!isDatasetId(id)) {
    throw new Error(`Unknown dataset "${id}". Known datasets: ${Object.keys(CATALOG).join(', ')}.`);
  }
  return CATALOG[id];
}

export function findCatalogFile(entry: CatalogEntry, path: string) {
  const file = entry.files.find((f) => f.path === path);
  if (!file) throw new Error(`Dataset ${entry.id} has no file ${path}.`);
  return file;
}

export { roadSignAnnotationPath, roadSignImagePath, ROAD_SIGN_ROOT } from './entries/road-sign-detection-subset';
export * from './types';
