// Types of the dataset catalog: what a dataset is, where its files come from, and on what terms.

export const DOMAINS = ['nlp-chatbot', 'vision-detect', 'recommender', 'credit-risk', 'med-diagnosis'] as const;
export type Domain = (typeof DOMAINS)[number];

export const DATASET_IDS = [
  'clinc150',
  'toutiao-news-titles-20k',
  'road-sign-detection-subset',
  'movielens-100k',
  'uci-default-of-credit-card-clients',
  'pima-indians-diabetes',
  'breast-cancer-wisconsin-diagnostic',
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export function isDatasetId(value: string): value is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(value);
}

/** One file of a dataset. `path` is relative to the domain folder: a mirror holds it at `<mirror>/<domain>/<path>`. */
export interface CatalogFile {
  path: string;
  sha256: string;
  bytes: number;
  /** Canonical download URLs, tried in order after the cache and the mirrors. May be empty. */
  urls: readonly string[];
}

export interface DatasetLicense {
  /** Short name, e.g. "CC BY 4.0". */
  name: string;
  /** May the data be copied into a repository, package, image or public demo? */
  redistributable: boolean;
  /** May the product show rows of this dataset to its users? */
  displayable: boolean;
  terms: string;
}

export interface CatalogEntry {
  id: DatasetId;
  domain: Domain;
  title: string;
  task: string;
  files: readonly CatalogFile[];
  license: DatasetLicense;
  citation: string;
  homepage: string;
  /** Where the bytes were taken from (repository and commit). */
  source: string;
  /** Counts published with the data; the loaders are tested against them. */
  counts: Readonly<Record<string, number>>;
  /** What the project may use it for, in one sentence. */
  usage: string;
  /** Known traps of the raw files that the loader handles. */
  quirks: readonly string[];
}

export function totalBytes(entry: CatalogEntry): number {
  return entry.files.reduce((sum, f) => sum + f.bytes, 0);
}
