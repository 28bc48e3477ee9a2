// Bring your own data: a `user,item,rating[,timestamp]` CSV (header optional) and an optional items
// CSV `item,title[,year][,genres separated by |]`. Pure parsing; the splits are seeded: five random
// folds for the rating protocol and a per-user 75/25 split for ranking.
import { rng } from './algorithms';
import { indexRatings, perUserSplit, type ItemInfo, type RawRating, type RecDataset } from './dataset';

function splitLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i += 1;
      } else quoted = !quoted;
    } else if (c === ',' && !quoted) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

export class CsvError extends Error {}

export function parseRatingsCsv(text: string): RawRating[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (!lines.length) throw new CsvError('ratings CSV is empty');
  const first = splitLine(lines[0]);
  const hasHeader = Number.isNaN(Number(first[2]));
  const out: RawRating[] = [];
  lines.slice(hasHeader ? 1 : 0).forEach((line, idx) => {
    const [user, item, rating, ts] = splitLine(line);
    const r = Number(rating);
    const lineNo = idx + (hasHeader ? 2 : 1);
    if (!user || !item) throw new CsvError(`line ${lineNo}: user and item are required`);
    if (!Number.isFinite(r)) throw new CsvError(`line ${lineNo}: rating "${rating}" is not a number`);
    out.push({ user, item, rating: r, timestamp: ts ? Number(ts) || 0 : 0 });
  });
  return out;
}

export function parseItemsCsv(text: string): ItemInfo[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const first = splitLine(lines[0] ?? '');
  const hasHeader = first[0]?.toLowerCase() === 'item' || first[1]?.toLowerCase() === 'title';
  return lines.slice(hasHeader ? 1 : 0).map((line) => {
    const [key, title, year, genres] = splitLine(line);
    return { key, title: title || `Item ${key}`, year: year && Number.isFinite(Number(year)) ? Number(year) : null, genres: genres ? genres.split('|').filter(Boolean) : [] };
  });
}

export function customDataset(ratingsText: string, itemsText: string | null, options: { seed: number; name?: string }): RecDataset {
  const raw = parseRatingsCsv(ratingsText);
  const seen = new Set<string>();
  const deduped = raw.filter((r) => (seen.has(`${r.user}:${r.item}`) ? false : (seen.add(`${r.user}:${r.item}`), true)));
  const { rowOf: _rowOf, ...indexed } = indexRatings(deduped, itemsText ? parseItemsCsv(itemsText) : []);
  void _rowOf;
  const random = rng(options.seed);
  const n = indexed.all.ratings.length;
  const foldOf = new Int32Array(n);
  for (let j = 0; j < n; j += 1) foldOf[j] = Math.floor(random() * 5);
  const folds = [0, 1, 2, 3, 4].map((f) => {
    const train: number[] = [];
    const test: number[] = [];
    for (let j = 0; j < n; j += 1) (foldOf[j] === f ? test : train).push(j);
    return { name: `f${f + 1}`, train: Int32Array.from(train), test: Int32Array.from(test) };
  });
  const ranking = perUserSplit(indexed.all, 0.25, options.seed, random);
  return {
    name: options.name ?? 'custom ratings',
    source: 'custom CSV',
    license: 'provided by the user',
    isSample: false,
    ...indexed,
    folds,
    ranking: { seed: String(options.seed), fingerprint: `custom-${n}`, ...ranking },
  };
}
