// A generated stand-in for MovieLens 100K in the same file formats (tab-separated ratings and folds,
// pipe-separated latin-1 u.item, u.user, u.genre, u.occupation). Users, movies and ratings are
// invented: ratings come from random taste vectors. Browser-safe.
import { createRng, shuffleInPlace } from '../split/rng';
import { clamp, sampleRandom } from './random';

export const ML_GENRES = [
  'unknown',
  'Action',
  'Adventure',
  'Animation',
  "Children's",
  'Comedy',
  'Crime',
  'Documentary',
  'Drama',
  'Fantasy',
  'Film-Noir',
  'Horror',
  'Musical',
  'Mystery',
  'Romance',
  'Sci-Fi',
  'Thriller',
  'War',
  'Western',
] as const;

const OCCUPATIONS = ['artist', 'doctor', 'educator', 'engineer', 'librarian', 'programmer', 'student', 'writer', 'other', 'none'];
const WORDS = ['River', 'Night', 'Garden', 'Signal', 'Harbor', 'Winter', 'Mirror', 'Lantern', 'Orbit', 'Meadow', 'Paper', 'Thunder'];
const ACCENTED = ['Café', 'Rêve', 'Année', 'Señor', 'Über', 'Ñandú'];

function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 255) throw new Error(`not a latin-1 character: ${text[i]}`);
    out[i] = code;
  }
  return out;
}

export interface MovieLensSampleFiles {
  'u.data': string;
  'u.item': Uint8Array;
  'u.user': string;
  'u.genre': string;
  'u.occupation': string;
  folds: Array<{ base: string; test: string }>;
}

export function generateMovieLensSample(options: { seed?: string; users?: number; items?: number } = {}): MovieLensSampleFiles {
  const seed = options.seed ?? 'atlas';
  const r = sampleRandom(`movielens-sample:${seed}`);
  const nUsers = options.users ?? 60;
  const nItems = options.items ?? 120;
  const dims = 3;
  const userTaste = Array.from({ length: nUsers }, () => Array.from({ length: dims }, () => r.normal() * 0.6));
  const itemTraits = Array.from({ length: nItems }, () => Array.from({ length: dims }, () => r.normal() * 0.6));
  const itemLines: string[] = [];
  for (let i = 1; i <= nItems; i++) {
    const year = r.int(1930, 1998);
    const word = i % 17 === 0 ? r.pick(ACCENTED) : r.pick(WORDS);
    const title = `${word} ${r.pick(WORDS)} ${i} (${year})`;
    const date = i === 7 ? '' : `01-Jan-${year}`;
    const flags = ML_GENRES.map((_, g) => (g === 0 ? 0 : r.chance(0.15) || g === 1 + (i % 18) ? 1 : 0));
    itemLines.push([i, title, date, '', `http://example.org/movie/${i}`, ...flags].join('|'));
  }
  const userLines = Array.from({ length: nUsers }, (_, u) =>
    [u + 1, r.int(16, 70), r.chance(0.7) ? 'M' : 'F', r.pick(OCCUPATIONS), String(10000 + r.int(0, 89999))].join('|'),
  );
  const ratings: string[] = [];
  for (let u = 0; u < nUsers; u++) {
    const count = r.int(15, 45);
    const items = shuffleInPlace(Array.from({ length: nItems }, (_, i) => i), createRng(`${seed}:user:${u}`)).slice(0, count);
    for (const i of items) {
      let affinity = 0;
      for (let d = 0; d < dims; d++) affinity += userTaste[u][d] * itemTraits[i][d];
      const rating = clamp(Math.round(3.5 + affinity * 1.5 + r.normal() * 0.7), 1, 5);
      const ts = 874724710 + r.int(0, 18_000_000);
      ratings.push(`${u + 1}\t${i + 1}\t${rating}\t${ts}`);
    }
  }
  // Five disjoint test folds, as u1..u5.
  const order = shuffleInPlace(ratings.map((_, i) => i), createRng(`${seed}:folds`));
  const folds = Array.from({ length: 5 }, (_, k) => {
    const inTest = new Set(order.filter((_, j) => j % 5 === k));
    return {
      base: ratings.filter((_, i) => !inTest.has(i)).join('\n') + '\n',
      test: ratings.filter((_, i) => inTest.has(i)).join('\n') + '\n',
    };
  });
  return {
    'u.data': ratings.join('\n') + '\n',
    'u.item': latin1Bytes(itemLines.join('\n') + '\n'),
    'u.user': userLines.join('\n') + '\n',
    'u.genre': ML_GENRES.map((g, i) => `${g}|${i}`).join('\n') + '\n\n',
    'u.occupation': OCCUPATIONS.join('\n') + '\n',
    folds,
  };
}
