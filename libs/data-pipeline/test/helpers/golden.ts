// One fixed computation over every browser-safe transform (encoders, text, PII, image), reduced to a
// fingerprint. Node and a browser-like environment must produce the same string.
import {
  applyTextVocab,
  encodeRows,
  fingerprint,
  fitTabularEncoder,
  fitTextVocab,
  generateRoadSignSample,
  prepareImage,
  redactPii,
  stratifiedSplit,
  textToSequence,
  type Row,
} from '../../src/index';
import { createRng } from '../../src/split/rng';

export function goldenOutputs(): string {
  const rng = createRng('golden');
  const rows: Row[] = [];
  const labels: number[] = [];
  for (let i = 0; i < 400; i++) {
    const x = rng() * 100;
    rows.push({ x, y: rng() < 0.1 ? null : rng() * 3 - 1, c: ['a', 'b', 'c'][Math.floor(rng() * 3)] });
    labels.push(rng() < x / 150 ? 1 : 0);
  }
  const enc = fitTabularEncoder(
    rows.slice(0, 300),
    [
      { column: 'x', encode: { kind: 'woe-bins' } },
      { column: 'x', encode: { kind: 'standardize' } },
      { column: 'y', impute: { strategy: 'median', indicator: true }, encode: { kind: 'min-max' } },
      { column: 'y', encode: { kind: 'quantile-bins', bins: 4 } },
      { column: 'c', encode: { kind: 'one-hot' } },
      { column: 'c', encode: { kind: 'woe-categories' } },
    ],
    { labels: labels.slice(0, 300) },
  );
  const encoded = encodeRows(JSON.parse(JSON.stringify(enc)), rows.slice(300));
  const texts = ['What is my balance?', 'Ｔｒａｎｓｆｅｒ ５０ euros', '今天北京天气怎么样？', '北京明天会下雨吗'];
  const vocab = fitTextVocab(texts, { wordNgrams: [1, 2], charNgrams: [2, 4] });
  const vectors = texts.map((t) => applyTextVocab(vocab, `${t} extra`));
  const sequences = texts.map((t) => textToSequence(vocab, t, 6));
  const redacted = redactPii('mail a@example.com, call +86 138 0013 8000, id 11010519491231002X, card 4111 1111 1111 1111 from 192.0.2.7').text;
  const [img] = generateRoadSignSample({ images: 1 });
  const prepared = prepareImage(img.image, { width: 40, height: 40 });
  const split = stratifiedSplit(rows.map((_, i) => ({ id: String(i), stratum: String(labels[i]) })), { seed: 'g', fractions: { train: 0.8, test: 0.2 } });
  return fingerprint([
    JSON.stringify(enc),
    JSON.stringify(encoded),
    JSON.stringify(vocab),
    JSON.stringify(vectors),
    JSON.stringify(sequences),
    redacted,
    Array.from(prepared.image.data).join(','),
    split.fingerprint,
  ]);
}

/** The fingerprint both environments must reproduce. */
export const GOLDEN = 'e7f2776646dc10f3';
