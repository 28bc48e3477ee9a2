// @atlas/data-pipeline/node: the Node-only entry (file system, downloads, streams, image decoding and
// the dataset builders). It re-exports the browser-safe entry, so server code needs only this import.
export * from './index';

// Runtime folders and fetching
export { ATLAS_HOME_ENV, atlasHome, cachePathOf, datasetCacheDir, findRepoRoot, resolveMirrorFolder } from './fetch/atlas-home';
export { sha256File } from './fetch/hash';
export { callbackProgress, terminalProgress, type ProgressSink, type TransferProgress } from './fetch/progress';
export { cachedPath, identityOf, resolveFile, type ResolveEvent, type ResolveOptions, type ResolvedFile } from './fetch/resolve';
export { DatasetFetchError, fetchDataset, type FetchDatasetOptions, type FetchSummary } from './fetch/fetch-dataset';

// File parsers
export { readDelimited, readDelimitedWithHeader, type DelimitedInput, type DelimitedOptions, type DelimitedRecord } from './parse/delimited';
export { decodeImage, encodePng, imageFormat } from './parse/image-decode';

// Dataset builders: typed examples + splits + quality report
export { openSource, type BuildOptions, type OpenedSource } from './datasets/source';
export { BUILDERS, buildDataset } from './datasets';
export { buildDir, saveBuild, writeJsonAtomic } from './datasets/save';
export {
  CREDIT_CATEGORICAL,
  CREDIT_CODES,
  CREDIT_FEATURES,
  buildCreditDefault,
  parseCreditCsv,
  type CreditExample,
  type CreditFeature,
} from './datasets/uci-default-of-credit-card-clients';
export { PIMA_FEATURES, PIMA_ZERO_MEANS_MISSING, buildPimaDiabetes, parsePimaCsv, type PimaExample, type PimaFeature } from './datasets/pima-indians-diabetes';
export { WDBC_FEATURES, buildBreastCancerWisconsin, parseWdbc, type WdbcExample, type WdbcFeature } from './datasets/breast-cancer-wisconsin-diagnostic';
export { OOS_INTENT, buildClinc150, parseClinc, type ClincBuild, type ClincExample } from './datasets/clinc150';
export { buildToutiaoNewsTitles, parseToutiaoFile, type ToutiaoBuild, type ToutiaoExample } from './datasets/toutiao-news-titles-20k';
export {
  buildMovieLens100k,
  parseMovies,
  parseRatings,
  parseUsers,
  type Movie,
  type MovieLensBuild,
  type MovieUser,
  type Rating,
} from './datasets/movielens-100k';
export { buildRoadSigns, type LabeledBox, type RoadSignBuild, type RoadSignExample } from './datasets/road-sign-detection-subset';
