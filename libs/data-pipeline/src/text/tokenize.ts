// Tokenization shared by the text encoders, browser-safe. Latin-script text splits into words;
// Chinese has no spaces, so every Han character is its own token and word bigrams over those tokens are
// the character bigrams (a deterministic stand-in for word segmentation, identical in every engine).
import { normalizeText, type NormalizeOptions } from './normalize';

const TOKEN = /\p{Script=Han}|[\p{L}\p{N}\p{M}]+/gu;

export function tokenize(text: string, normalize: NormalizeOptions | false = {}): string[] {
  const clean = normalize === false ? text : normalizeText(text, normalize);
  return clean.match(TOKEN) ?? [];
}

/** Contiguous n-grams of tokens for n in [min, max], joined by a space. */
export function wordNgrams(tokens: readonly string[], min: number, max: number): string[] {
  const out: string[] = [];
  for (let n = min; n <= max; n++) {
    for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(' '));
  }
  return out;
}

/** Character n-grams inside word boundaries (each word padded with a space on both sides). */
export function charNgrams(tokens: readonly string[], min: number, max: number): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const chars = Array.from(` ${token} `);
    for (let n = min; n <= max; n++) {
      if (chars.length < n) continue;
      for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
    }
  }
  return out;
}

/** Character bigrams inside each run of Chinese characters (what the Chinese n-gram features are made of). */
export function chineseCharBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of normalizeText(text).match(/\p{Script=Han}+/gu) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 2 <= chars.length; i++) out.push(chars[i] + chars[i + 1]);
  }
  return out;
}
