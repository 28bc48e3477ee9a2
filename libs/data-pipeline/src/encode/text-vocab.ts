// Text vocabulary with word n-grams and character n-grams, fitted on training texts. Chinese text is
// tokenized into characters, so its word bigrams are character bigrams. Output: a sparse bag of n-grams
// (counts, binary or tf-idf, optionally L2-normalized), or a padded sequence of token ids.
import { charNgrams, tokenize, wordNgrams } from '../text/tokenize';
import { isHan, type NormalizeOptions } from '../text/normalize';

export interface TextVocabOptions {
  /** Word n-gram range, e.g. [1, 2]; null for none. Default [1, 2]. */
  wordNgrams?: [number, number] | null;
  /** Character n-gram range inside words, e.g. [3, 5]; null for none. Default null. */
  charNgrams?: [number, number] | null;
  /** Minimum number of training documents a term must occur in. Default 1. */
  minDf?: number;
  /** Keep at most this many terms (most frequent first). Default 50,000. */
  maxFeatures?: number;
  weighting?: 'count' | 'binary' | 'tfidf';
  norm?: 'l2' | 'none';
  normalize?: NormalizeOptions;
  /** Size of the token-id vocabulary for sequence models. Default 20,000. */
  maxSequenceVocab?: number;
}

export interface TextVocabState {
  kind: 'text-vocab';
  options: Required<Omit<TextVocabOptions, 'normalize'>> & { normalize: NormalizeOptions };
  /** Term at each feature index: "w:<n-gram>" or "c:<char n-gram>". */
  terms: string[];
  /** Inverse document frequency per term (tf-idf only; empty otherwise). */
  idf: number[];
  documents: number;
  /** Tokens of the sequence vocabulary; id = index + 2 (0 = padding, 1 = out of vocabulary). */
  tokens: string[];
}

export interface SparseVector {
  size: number;
  indices: number[];
  values: number[];
}

export const PAD_ID = 0;
export const OOV_ID = 1;

function resolveOptions(options: TextVocabOptions): TextVocabState['options'] {
  return {
    wordNgrams: options.wordNgrams === undefined ? [1, 2] : options.wordNgrams,
    charNgrams: options.charNgrams ?? null,
    minDf: options.minDf ?? 1,
    maxFeatures: options.maxFeatures ?? 50_000,
    weighting: options.weighting ?? 'tfidf',
    norm: options.norm ?? 'l2',
    normalize: options.normalize ?? {},
    maxSequenceVocab: options.maxSequenceVocab ?? 20_000,
  };
}

export function textTerms(text: string, options: TextVocabState['options']): string[] {
  const tokens = tokenize(text, options.normalize);
  const terms: string[] = [];
  if (options.wordNgrams) for (const g of wordNgrams(tokens, options.wordNgrams[0], options.wordNgrams[1])) terms.push(`w:${g}`);
  if (options.charNgrams) {
    const words = tokens.filter((t) => !isHan(t));
    for (const g of charNgrams(words, options.charNgrams[0], options.charNgrams[1])) terms.push(`c:${g}`);
  }
  return terms;
}

function rankByDf(df: Map<string, number>, minDf: number, max: number): string[] {
  return [...df.entries()]
    .filter(([, n]) => n >= minDf)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, max)
    .map(([t]) => t);
}

export function fitTextVocab(texts: Iterable<string>, options: TextVocabOptions = {}): TextVocabState {
  const opts = resolveOptions(options);
  const df = new Map<string, number>();
  const tokenDf = new Map<string, number>();
  let documents = 0;
  for (const text of texts) {
    documents++;
    for (const term of new Set(textTerms(text, opts))) df.set(term, (df.get(term) ?? 0) + 1);
    for (const token of new Set(tokenize(text, opts.normalize))) tokenDf.set(token, (tokenDf.get(token) ?? 0) + 1);
  }
  const terms = rankByDf(df, opts.minDf, opts.maxFeatures);
  // Smoothed idf, as in scikit-learn: ln((1 + N) / (1 + df)) + 1.
  const idf = opts.weighting === 'tfidf' ? terms.map((t) => Math.log((1 + documents) / (1 + (df.get(t) ?? 0))) + 1) : [];
  const tokens = rankByDf(tokenDf, opts.minDf, opts.maxSequenceVocab);
  return { kind: 'text-vocab', options: opts, terms, idf, documents, tokens };
}

const termIndexCache = new WeakMap<TextVocabState, Map<string, number>>();
const tokenIndexCache = new WeakMap<TextVocabState, Map<string, number>>();

function termIndex(state: TextVocabState): Map<string, number> {
  let m = termIndexCache.get(state);
  if (!m) {
    m = new Map(state.terms.map((t, i) => [t, i]));
    termIndexCache.set(state, m);
  }
  return m;
}

export function applyTextVocab(state: TextVocabState, text: string): SparseVector {
  const index = termIndex(state);
  const counts = new Map<number, number>();
  for (const term of textTerms(text, state.options)) {
    const i = index.get(term);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const indices = [...counts.keys()].sort((a, b) => a - b);
  const values = indices.map((i) => {
    const c = counts.get(i) ?? 0;
    if (state.options.weighting === 'binary') return 1;
    if (state.options.weighting === 'tfidf') return c * state.idf[i];
    return c;
  });
  if (state.options.norm === 'l2') {
    let sq = 0;
    for (const v of values) sq += v * v;
    const norm = Math.sqrt(sq);
    if (norm > 0) for (let k = 0; k < values.length; k++) values[k] = values[k] / norm;
  }
  return { size: state.terms.length, indices, values };
}

export function toDense(vector: SparseVector): Float32Array {
  const out = new Float32Array(vector.size);
  vector.indices.forEach((i, k) => (out[i] = vector.values[k]));
  return out;
}

/** Token ids for sequence models, truncated or right-padded with 0 to `length`. */
export function textToSequence(state: TextVocabState, text: string, length: number): number[] {
  let m = tokenIndexCache.get(state);
  if (!m) {
    m = new Map(state.tokens.map((t, i) => [t, i + 2]));
    tokenIndexCache.set(state, m);
  }
  const ids = tokenize(text, state.options.normalize).map((t) => m.get(t) ?? OOV_ID);
  const out = ids.slice(0, length);
  while (out.length < length) out.push(PAD_ID);
  return out;
}
