// Text normalization for English and Chinese, browser-safe: width (NFKC folds full-width forms to
// half-width), case, punctuation and whitespace. The same function keys the duplicate detection and
// feeds the text encoders, so training and serving see the same text.

export interface NormalizeOptions {
  /** Fold full-width letters, digits and punctuation to their half-width forms (NFKC). Default true. */
  foldWidth?: boolean;
  /** Lower-case (Unicode-aware). Default true. */
  lowercase?: boolean;
  /** 'remove' drops punctuation (apostrophes vanish, other marks become spaces); 'keep' leaves it. Default 'remove'. */
  punctuation?: 'remove' | 'keep';
}

const APOSTROPHES = /['\u2018\u2019\u02bc\uff07]/g;
const PUNCTUATION = /[\p{P}]/gu;
const HAN = '\\p{Script=Han}';
const SPACE_BETWEEN_HAN = new RegExp(`(?<=${HAN})\\s+(?=${HAN})`, 'gu');

export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  let out = text;
  if (options.foldWidth !== false) out = out.normalize('NFKC');
  if (options.lowercase !== false) out = out.toLowerCase();
  // Spaces between two Chinese characters carry no meaning (punctuation, below, still separates).
  out = out.replace(SPACE_BETWEEN_HAN, '');
  if ((options.punctuation ?? 'remove') === 'remove') {
    out = out.replace(APOSTROPHES, '').replace(PUNCTUATION, ' ');
  }
  return out.replace(/\s+/gu, ' ').trim();
}

const HAN_CHAR = new RegExp(`^${HAN}$`, 'u');

export function isHan(char: string): boolean {
  return HAN_CHAR.test(char);
}

/** True when at least a third of the letters are Chinese characters. */
export function isMostlyChinese(text: string): boolean {
  let han = 0;
  let letters = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (isHan(ch)) han++;
    }
  }
  return letters > 0 && han * 3 >= letters;
}
