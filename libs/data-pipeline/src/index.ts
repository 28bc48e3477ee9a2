// @atlas/data-pipeline: the browser-safe entry. Everything exported here runs in Node and in the
// browser alike (no node:* imports): the catalog, text normalization and tokenization, PII detection
// and redaction, the image transform, splits, dedupe, encoders, the quality-report schema and the
// sample generators. File access, downloads and the dataset builders live in '@atlas/data-pipeline/node'.

// Catalog
export * from './catalog';
export { MIRROR_ENV, mirrorUrl, parseMirrorList, type Mirror, type MirrorKind } from './fetch/mirrors';
export { DatasetFileError, type FailureKind, type FileIdentity, type SourceAttempt, type SourceKind } from './fetch/errors';

// Column lists of the catalog's tabular datasets (the forms of the apps read them)
export { CREDIT_CATEGORICAL, CREDIT_CODES, CREDIT_FEATURES, type CreditFeature } from './datasets/credit-fields';

// Parsing that needs no file system
export { parseNumber } from './parse/number';
export { decodeLatin1 } from './parse/latin1';
export { parseVocXml, type VocAnnotation, type VocObject } from './parse/voc';
export { RowValidator, reasonOf, type Rejected, type ValidationResult } from './validate/validate';

// Text
export { isHan, isMostlyChinese, normalizeText, type NormalizeOptions } from './text/normalize';
export { charNgrams, chineseCharBigrams, tokenize, wordNgrams } from './text/tokenize';

// PII
export { PII_KINDS, containsPii, detectPii, type PiiKind, type PiiMatch } from './pii/detect';
export { REDACTION_TOKENS, redactPii, scanPii, type RedactOptions } from './pii/redact';
export { cnIdCheckChar, cnResidentIdValid, luhnValid } from './pii/checksums';

// Images
export type { Box, RgbImage, RgbaImage } from './image/types';
export {
  boxFromLetterbox,
  boxToLetterbox,
  dropAlpha,
  letterbox,
  prepareImage,
  resizeBilinear,
  toFloatPixels,
  type Letterbox,
  type PrepareOptions,
} from './image/transform';

// Splits and dedupe
export { createRng, shuffleInPlace, type Rng } from './split/rng';
export { compareIds, fingerprint, sortIds } from './split/ids';
export { allocate, partOf as partIndex, selectPart, splitFingerprint, stratifiedSplit, upstreamSplit, type StratifiedSplitOptions } from './split/stratified';
export { perUserRatioSplit, type PerUserRatioOptions } from './split/per-user-ratio';
export { DEFAULT_FRACTIONS, DEFAULT_SEED, type SplitSet } from './split/types';
export { dedupe, type DedupeOptions, type DedupeResult, type DuplicateKind, type DuplicateStats, type RemovedDuplicate } from './dedupe/dedupe';

// Encoders (fitted on train only, serialized to JSON)
export * from './encode/values';
export * from './encode/standardize';
export * from './encode/min-max';
export * from './encode/one-hot';
export * from './encode/impute';
export * from './encode/quantile-bins';
export * from './encode/woe-bins';
export * from './encode/label-map';
export * from './encode/text-vocab';
export * from './encode/tabular';
export * from './encode/schema';

// Quality report
export * from './report/schema';
export { ReportBuilder, type ReportSource } from './report/builder';
export { histogram, missingByColumn, summarizeFeatures, type FeatureDef, type FeatureType } from './report/summarize';
export { psiCategorical, psiLevel, psiNumeric } from './report/psi';
export {
  DEFAULT_MISSING_MARKERS,
  isMissingCell,
  missingMarkers,
  positiveLabelOf,
  profileColumn,
  type ColumnProfile,
  type ProfileOptions,
} from './report/column-profile';

// Dataset build shapes (the builders themselves are Node-only)
export { partOf, type DatasetBuild, type TabularExample } from './datasets/types';

// Samples made by the project (seeded generators, never real rows)
export { generateCreditCsv } from './samples/credit-sample';
export { generatePimaCsv } from './samples/pima-sample';
export { generateWdbcCsv } from './samples/wdbc-sample';
export { generateClincSample, type ClincSampleFiles } from './samples/clinc-sample';
export { generateToutiaoSample, type ToutiaoSampleFiles } from './samples/toutiao-sample';
export { generateMovieLensSample, ML_GENRES, type MovieLensSampleFiles } from './samples/movielens-sample';
export { generateRoadSignSample, ROAD_SIGN_CLASSES, type RoadSignClass, type RoadSignSampleImage } from './samples/road-sign-sample';
