// Text -> a bag of n-gram ids for the embedding-bag classifier (fastText's recipe): word unigrams and
// bigrams plus character n-grams inside words, each a row of one shared embedding table. The vocabulary
// is fitted on training texts only (data-pipeline's text vocabulary) and shipped as JSON, so the server
// and the browser turn a text into the same ids. Browser-safe.
import { fitTextVocab, textTerms, type TextVocabState } from '@atlas/data-pipeline';

export interface FeaturizerOptions {
  wordNgrams: [number, number];
  /** Character n-grams inside words; null for none (Chinese uses character bigrams as word bigrams). */
  charNgrams: [number, number] | null;
  minDf: number;
  maxFeatures: number;
  /** Ids per text; longer texts keep their first ids (words before character n-grams). */
  maxTokens: number;
}

export interface FeaturizerState {
  kind: 'ngram-ids';
  maxTokens: number;
  vocab: TextVocabState;
}

/** Id 0 pads a row; a term's id is its index in the vocabulary + 1. Unknown terms are dropped. */
export const PAD = 0;

export function fitFeaturizer(texts: Iterable<string>, options: FeaturizerOptions): FeaturizerState {
  const vocab = fitTextVocab(texts, {
    wordNgrams: options.wordNgrams,
    charNgrams: options.charNgrams,
    minDf: options.minDf,
    maxFeatures: options.maxFeatures,
    weighting: 'count',
    norm: 'none',
    maxSequenceVocab: 0,
  });
  // The idf and token tables are not used by the id path: drop them from the artifact.
  return { kind: 'ngram-ids', maxTokens: options.maxTokens, vocab: { ...vocab, idf: [], tokens: [] } };
}

const indexCache = new WeakMap<FeaturizerState, Map<string, number>>();

function termIds(state: FeaturizerState): Map<string, number> {
  let index = indexCache.get(state);
  if (!index) {
    index = new Map(state.vocab.terms.map((term, i) => [term, i + 1]));
    indexCache.set(state, index);
  }
  return index;
}

export function vocabularySize(state: FeaturizerState): number {
  return state.vocab.terms.length + 1;
}

/** The known terms of a text with their ids, in text order (words first, then character n-grams). */
export function knownTerms(state: FeaturizerState, text: string): { term: string; id: number }[] {
  const index = termIds(state);
  const out: { term: string; id: number }[] = [];
  for (const term of textTerms(text, state.vocab.options)) {
    const id = index.get(term);
    if (id !== undefined) out.push({ term, id });
    if (out.length === state.maxTokens) break;
  }
  return out;
}

/** Padded ids of one text (length maxTokens). */
export function textIds(state: FeaturizerState, text: string): number[] {
  const ids = knownTerms(state, text).map((t) => t.id);
  while (ids.length < state.maxTokens) ids.push(PAD);
  return ids;
}

/** Row-major int32 ids of many texts, for one [n, maxTokens] tensor. */
export function batchIds(state: FeaturizerState, texts: readonly string[]): Int32Array {
  const out = new Int32Array(texts.length * state.maxTokens);
  texts.forEach((text, row) => out.set(textIds(state, text), row * state.maxTokens));
  return out;
}
