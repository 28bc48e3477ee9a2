// MovieLens 100K: ratings, movies (latin-1 u.item), users, the upstream folds u1..u5 and a per-user
// ratio split for ranking. Its licence forbids redistribution: it is read from the cache or a mirror,
// never bundled. Node only.
import { z } from 'zod';
import { CATALOG } from '../catalog';
import { readDelimited, readDelimitedBatches, type DelimitedInput } from '../parse/delimited';
import { readLines } from '../parse/lines';
import { parseNumber } from '../parse/number';
import { ReportBuilder } from '../report/builder';
import { generateMovieLensSample } from '../samples/movielens-sample';
import { perUserRatioSplit } from '../split/per-user-ratio';
import { upstreamSplit } from '../split/stratified';
import type { SplitSet } from '../split/types';
import { RowValidator } from '../validate/validate';
import { openSource, seedOf, sourceDescription, type BuildOptions } from './source';
import type { DatasetBuild } from './types';

const entry = CATALOG['movielens-100k'];
const FOLDS = ['u1', 'u2', 'u3', 'u4', 'u5'] as const;
const P = (name: string) => `ml-100k/${name}`;
const FILES = ['u.data', 'u.item', 'u.user', 'u.genre', 'u.occupation', ...FOLDS.flatMap((f) => [`${f}.base`, `${f}.test`])].map(P);

export interface Rating {
  /** "<user>:<item>" (each user rates a movie at most once). */
  id: string;
  userId: number;
  itemId: number;
  /** 1..5 */
  rating: number;
  /** Unix seconds. */
  timestamp: number;
}

export interface Movie {
  id: number;
  title: string;
  /** e.g. "01-Jan-1995"; null when unknown. */
  releaseDate: string | null;
  year: number | null;
  imdbUrl: string | null;
  genres: string[];
}

export interface MovieUser {
  id: number;
  age: number;
  gender: 'M' | 'F';
  occupation: string;
  zipCode: string;
}

const ratingSchema = z.object({
  userId: z.number().int().min(1),
  itemId: z.number().int().min(1),
  rating: z.number().int().min(1).max(5),
  timestamp: z.number().int().min(0),
});
const userSchema = z.object({
  id: z.number().int().min(1),
  age: z.number().int().min(1).max(120),
  gender: z.enum(['M', 'F']),
  occupation: z.string().min(1),
  zipCode: z.string().min(1),
});

async function readLookup(input: DelimitedInput): Promise<string[]> {
  const out: string[] = [];
  for await (const { fields } of readDelimited(input, { delimiter: '|', quote: false })) if (fields[0]) out.push(fields[0]);
  return out;
}

export async function parseRatings(input: DelimitedInput, validator = new RowValidator(ratingSchema)) {
  const ratings: Rating[] = [];
  let rowsIn = 0;
  for await (const batch of readDelimitedBatches(input, { delimiter: '\t', quote: false })) {
    for (const { fields, line } of batch) {
      rowsIn++;
      if (fields.length !== 4) {
        validator.reject('wrong number of fields (expected 4)', `line ${line}`);
        continue;
      }
      const [userId, itemId, rating, timestamp] = fields.map(parseNumber);
      const row = validator.check({ userId, itemId, rating, timestamp }, `line ${line}`);
      if (row) ratings.push({ id: `${row.userId}:${row.itemId}`, ...row });
    }
  }
  return { rowsIn, ratings, ...validator.done() };
}

/**
 * The rating ids ("<user>:<item>") of a fold file. The ratings themselves (validated) come from
 * u.data, so the fold files are only scanned for their first two fields, line by line.
 */
export async function readFoldIds(input: DelimitedInput): Promise<string[]> {
  const ids: string[] = [];
  for await (const line of readLines(input)) {
    const a = line.indexOf('\t');
    const b = line.indexOf('\t', a + 1);
    ids.push(`${line.slice(0, a)}:${line.slice(a + 1, b)}`);
  }
  return ids;
}

export async function parseMovies(input: DelimitedInput, genres: readonly string[]) {
  const movies: Movie[] = [];
  const reasons: Record<string, number> = {};
  const reject = (r: string) => (reasons[r] = (reasons[r] ?? 0) + 1);
  for await (const { fields } of readDelimited(input, { delimiter: '|', quote: false, encoding: 'latin1' })) {
    if (fields.length !== 5 + genres.length) {
      reject(`wrong number of fields (expected ${5 + genres.length})`);
      continue;
    }
    const id = parseNumber(fields[0]);
    if (id === null || !Number.isInteger(id) || id < 1) {
      reject('movie id: not a positive integer');
      continue;
    }
    const releaseDate = fields[2].trim() || null;
    const yearMatch = releaseDate ? /(\d{4})$/.exec(releaseDate) : null;
    movies.push({
      id,
      title: fields[1],
      releaseDate,
      year: yearMatch ? Number(yearMatch[1]) : null,
      imdbUrl: fields[4].trim() || null,
      genres: genres.filter((_, g) => fields[5 + g] === '1'),
    });
  }
  return { movies, reasons };
}

export async function parseUsers(input: DelimitedInput) {
  const validator = new RowValidator(userSchema);
  for await (const { fields, line } of readDelimited(input, { delimiter: '|', quote: false })) {
    if (fields.length !== 5) {
      validator.reject('wrong number of fields (expected 5)', `line ${line}`);
      continue;
    }
    validator.check({ id: parseNumber(fields[0]), age: parseNumber(fields[1]), gender: fields[2], occupation: fields[3], zipCode: fields[4] }, `line ${line}`);
  }
  return validator.done();
}

export interface MovieLensBuild extends DatasetBuild<Rating> {
  movies: Movie[];
  users: MovieUser[];
  genres: string[];
  occupations: string[];
  /** The upstream five-fold split: u1..u5, each with train (uN.base) and test (uN.test). */
  folds: SplitSet[];
  /** Seeded per-user ratio split for ranking (20 % of each user's ratings held out). */
  ranking: SplitSet;
}

export async function buildMovieLens100k(options: BuildOptions & { rankingTestRatio?: number } = {}): Promise<MovieLensBuild> {
  const seed = seedOf(options);
  const opened = await openSource(entry, FILES, options);
  const sample = opened.kind === 'sample';
  const gen = sample ? generateMovieLensSample({ seed }) : null;
  const input = (name: string): DelimitedInput => {
    if (gen) {
      const fold = /^(u\d)\.(base|test)$/.exec(name);
      if (fold) return { text: gen.folds[Number(fold[1].slice(1)) - 1][fold[2] as 'base' | 'test'] };
      const content = gen[name as 'u.data' | 'u.item' | 'u.user' | 'u.genre' | 'u.occupation'];
      return typeof content === 'string' ? { text: content } : { bytes: content };
    }
    return { path: (opened as { paths: Record<string, string> }).paths[P(name)] };
  };
  const report = new ReportBuilder<Rating>(entry, {
    kind: opened.kind,
    description: sourceDescription(entry, opened, 'generateMovieLensSample', seed),
    files: opened.kind === 'sample' ? [] : opened.files,
  });

  const genres = await readLookup(input('u.genre'));
  const occupations = await readLookup(input('u.occupation'));
  const { movies, reasons: movieReasons } = await parseMovies(input('u.item'), genres);
  const userResult = await parseUsers(input('u.user'));
  const users = userResult.valid;
  const movieIds = new Set(movies.map((m) => m.id));
  const userIds = new Set(users.map((u) => u.id));
  if (Object.keys(movieReasons).length) report.warn(`u.item rows rejected: ${JSON.stringify(movieReasons)}`);
  if (userResult.rejectedCount) report.warn(`u.user rows rejected: ${JSON.stringify(userResult.reasons)}`);

  const validator = new RowValidator(ratingSchema);
  const parsed = await parseRatings(input('u.data'), validator);
  const known = parsed.ratings.filter((r) => {
    if (!movieIds.has(r.itemId)) validator.reject('item_id: not in u.item', r.id);
    else if (!userIds.has(r.userId)) validator.reject('user_id: not in u.user', r.id);
    else return true;
    return false;
  });
  report.step('parse and validate', parsed.rowsIn, known.length, validator.done().reasons);
  report.classBalanceIn(known, (r) => `rating ${r.rating}`);
  // A user rates a movie at most once: a second rating of the same pair is a duplicate.
  const seenPairs = new Set<string>();
  const repeated: string[] = [];
  const ratings = known.filter((r) => (seenPairs.has(r.id) ? (repeated.push(r.id), false) : (seenPairs.add(r.id), true)));
  report.step('dedupe', known.length, ratings.length, repeated.length ? { 'second rating of the same user and movie': repeated.length } : {});
  report.duplicates({
    stats: [{ kind: 'exact', removed: repeated.length, bySplit: repeated.length ? { all: repeated.length } : {}, leakage: {}, labelConflicts: 0 }],
    removed: repeated.map((id) => ({ id, duplicateOf: id, kind: 'exact', leakage: false, labelConflict: false })),
  });

  const noDate = movies.filter((m) => m.releaseDate === null);
  report.decision({
    step: 'clean',
    column: 'u.item release_date',
    rule: 'empty release date -> null (year unknown)',
    rationale: 'kept: the movies are still rated; models must not assume a year',
    count: noDate.length,
    ids: noDate.map((m) => String(m.id)),
  });
  report.decision({
    step: 'clean',
    column: 'u.item video_release_date',
    rule: 'column dropped',
    rationale: 'empty in every row',
    count: movies.length,
  });
  const titles = new Map<string, number[]>();
  for (const m of movies) titles.set(m.title, [...(titles.get(m.title) ?? []), m.id]);
  const twice = [...titles.values()].filter((ids) => ids.length > 1);
  if (twice.length) {
    report.decision({
      step: 'clean',
      column: 'u.item title',
      rule: 'movies listed under two ids are kept as separate items',
      rationale: 'the ratings refer to both ids; merging them would change the upstream folds',
      count: twice.length,
      ids: twice.map((ids) => ids.join('=')),
    });
  }
  report.step('clean', ratings.length, ratings.length, {}, 'movie metadata cleaned; no ratings removed');

  const byId = new Map(ratings.map((r) => [r.id, r]));
  const folds: SplitSet[] = [];
  for (const fold of FOLDS) {
    const base = await readFoldIds(input(`${fold}.base`));
    const test = await readFoldIds(input(`${fold}.test`));
    const unknown = [...base, ...test].filter((id) => !byId.has(id)).length;
    if (unknown) report.warn(`fold ${fold} lists ${unknown} rating(s) that u.data does not hold (left out of the fold)`);
    const split = upstreamSplit(
      { train: base.filter((id) => byId.has(id)), test: test.filter((id) => byId.has(id)) },
      { name: fold, strategy: 'upstream-fold', sample },
    );
    const covered = split.parts.train.length + split.parts.test.length;
    if (covered !== ratings.length) report.warn(`fold ${fold} covers ${covered} of ${ratings.length} ratings`);
    folds.push(split);
  }
  const ranking = perUserRatioSplit(
    ratings.map((r) => ({ id: r.id, user: String(r.userId), timestamp: r.timestamp })),
    { seed, testRatio: options.rankingTestRatio ?? 0.2, sample },
  );
  const classOf = (r: Rating) => `rating ${r.rating}`;
  report.split(folds[0], byId, classOf, 'ratings');
  report.split(ranking, byId, classOf, 'ratings');
  const userById = new Map(users.map((u) => [u.id, u]));
  const movieById = new Map(movies.map((m) => [m.id, m]));
  const features = [
    { name: 'rating', type: 'categorical' as const, get: (r: Rating) => r.rating },
    { name: 'timestamp', type: 'numeric' as const, get: (r: Rating) => r.timestamp },
    { name: 'user_age', type: 'numeric' as const, get: (r: Rating) => userById.get(r.userId)?.age ?? null },
    { name: 'user_gender', type: 'categorical' as const, get: (r: Rating) => userById.get(r.userId)?.gender ?? null },
    { name: 'user_occupation', type: 'categorical' as const, get: (r: Rating) => userById.get(r.userId)?.occupation ?? null },
    { name: 'movie_year', type: 'numeric' as const, get: (r: Rating) => movieById.get(r.itemId)?.year ?? null },
  ];
  report.driftBetweenParts(folds[0], byId, features);
  report.pii({
    column: 'u.user zip_code, age, gender, occupation',
    kind: 'quasi-identifier',
    detail: 'together these can re-identify a user (zip code especially)',
    action: 'zip code is not used as a feature; never display demographics next to a user id',
  });
  report.warn('Licence: GroupLens research licence. Never commit, bundle or publish this data or a demo built on it.');
  return {
    id: entry.id,
    entry,
    source: opened.kind,
    isSample: sample,
    examples: ratings,
    byId,
    split: folds[0],
    report: report.build({ rowsIn: parsed.rowsIn, examples: ratings, features }),
    movies,
    users: users as MovieUser[],
    genres,
    occupations,
    folds,
    ranking,
  };
}
