// zod schemas of the serialized encoders, to validate a preprocess.json before using it.
import { z } from 'zod';
import type { LabelMapState } from './label-map';
import type { TabularEncoderState } from './tabular';
import type { TextVocabState } from './text-vocab';

const num = z.number();
const standardize = z.object({ kind: z.literal('standardize'), mean: num, std: num, count: num });
const minMax = z.object({ kind: z.literal('min-max'), min: num, max: num, clip: z.boolean() });
const oneHot = z.object({ kind: z.literal('one-hot'), categories: z.array(z.string()) });
const quantileBins = z.object({ kind: z.literal('quantile-bins'), cuts: z.array(num), output: z.enum(['index', 'one-hot']) });
const woeBin = z.object({ from: num.nullable(), to: num.nullable(), goods: num, bads: num, woe: num });
const woeBins = z.object({
  kind: z.literal('woe-bins'),
  cuts: z.array(num),
  bins: z.array(woeBin),
  missingWoe: num,
  missing: z.object({ goods: num, bads: num }),
  direction: z.enum(['increasing', 'decreasing']),
  iv: num,
});
const woeCategories = z.object({ kind: z.literal('woe-categories'), categories: z.array(z.string()), woe: z.array(num), iv: num });
const passthrough = z.object({ kind: z.literal('passthrough') });
const impute = z.object({
  kind: z.literal('impute'),
  strategy: z.enum(['median', 'mean', 'most-frequent', 'constant']),
  value: z.union([num, z.string()]),
  indicator: z.boolean(),
});

export const fittedEncodingSchema = z.discriminatedUnion('kind', [passthrough, standardize, minMax, oneHot, quantileBins, woeBins, woeCategories]);

export const tabularEncoderSchema = z.object({
  kind: z.literal('tabular'),
  version: z.literal(1),
  columns: z.array(z.object({ column: z.string(), impute: impute.optional(), encode: fittedEncodingSchema })),
  featureNames: z.array(z.string()),
  provenance: z.object({
    datasetId: z.string().optional(),
    sample: z.boolean().optional(),
    splitFingerprint: z.string().optional(),
    fittedOnRows: num.optional(),
  }),
});

const normalizeOptions = z.object({
  foldWidth: z.boolean().optional(),
  lowercase: z.boolean().optional(),
  punctuation: z.enum(['remove', 'keep']).optional(),
});

export const textVocabSchema = z.object({
  kind: z.literal('text-vocab'),
  options: z.object({
    wordNgrams: z.tuple([num, num]).nullable(),
    charNgrams: z.tuple([num, num]).nullable(),
    minDf: num,
    maxFeatures: num,
    weighting: z.enum(['count', 'binary', 'tfidf']),
    norm: z.enum(['l2', 'none']),
    normalize: normalizeOptions,
    maxSequenceVocab: num,
  }),
  terms: z.array(z.string()),
  idf: z.array(num),
  documents: num,
  tokens: z.array(z.string()),
});

export const labelMapSchema = z.object({ kind: z.literal('label-map'), labels: z.array(z.string()) });

export function parseTabularEncoder(json: unknown): TabularEncoderState {
  return tabularEncoderSchema.parse(typeof json === 'string' ? JSON.parse(json) : json) as TabularEncoderState;
}

export function parseTextVocab(json: unknown): TextVocabState {
  return textVocabSchema.parse(typeof json === 'string' ? JSON.parse(json) : json) as TextVocabState;
}

export function parseLabelMap(json: unknown): LabelMapState {
  return labelMapSchema.parse(typeof json === 'string' ? JSON.parse(json) : json);
}
