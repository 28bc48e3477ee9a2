import type { CatalogEntry, CatalogFile } from '../types';
import { githubRaw } from './github-raw';

const REPO = 'hasstariq/Collaborative-Filltering-';
const COMMIT = '02202ae65f474026d8fedcdd87b4e7c60ef13cc4';

const FILES: ReadonlyArray<readonly [name: string, bytes: number, sha256: string]> = [
  ['README', 6750, '4883b8cf340ed0059971b33f56ad3adc88a40792108ebca3d24aafc4c82e8b52'],
  ['u.data', 1979173, '06416e597f82b7342361e41163890c81036900f418ad91315590814211dca490'],
  ['u.item', 236344, '553841ebc7de3a0fd0d6b62a204ea30c1e651aacfb2814c7a6584ac52f2c5701'],
  ['u.user', 22628, 'f120e114da2e8cf314fd28f99417c94ae9ddf1cb6db8ce0e4b5995d40e90e62c'],
  ['u.genre', 202, '9757e0d3e6b298159a80dd48eaf938114690e911e39af97a76949ef1663610bb'],
  ['u.occupation', 193, 'cd5fbec9afe345d993a62fc7817df1a4a9079c4feb267b3118763b8fd942137d'],
  ['u.info', 36, '5b0a40b2e47a729ee6203063f6dcf8790c2e63f5a18663e6ee318a72c5f3c27b'],
  ['u1.base', 1586544, 'ce253ec86c448b44fb3ba9a30d12dcfc2e9210cbde71efada3730c22e9ac212a'],
  ['u1.test', 392629, '18c6014a4b2c7324f250a63f8904a7b16b2b19f911129e346141507b0cbac950'],
  ['u2.base', 1583948, '6c06f0b5df4b256da1a994f3ac66edc8da4d3f09bc9282df6b14d893366d703e'],
  ['u2.test', 395225, '4de658d1e04ed9104629509a2e2528fce833ac8e048280183f1df167632038c3'],
  ['u3.base', 1582546, 'afdc155c291c6edc41c0407e39d7462eb98d341e064f0b0a12175b80b3c4af5d'],
  ['u3.test', 396627, '0f548b51c78327de4c156461d3e430b7e5579fe2b5681586a59416e48fd35f6d'],
  ['u4.base', 1581878, '219f0f4d40dfe9c5141d425f53fa91ee23ed275f14e280bbf1b50117afb064ca'],
  ['u4.test', 397295, '7c02ad0a1e7ab1083c8b9d4b627203a051dd7b5eab46d99fa44de33470de8db9'],
  ['u5.base', 1581776, 'a9574e59ce961eec2121627760b6e9b0974ce1637b3fe69ac32cb14a4bfab485'],
  ['u5.test', 397397, '351cc52e0d15b6c721466276fc24671d40936899e3d01fadeaf312915b8c5634'],
];

const files: CatalogFile[] = FILES.map(([name, bytes, sha256]) => ({
  path: `ml-100k/${name}`,
  bytes,
  sha256,
  urls: [githubRaw(REPO, COMMIT, `ml-100k/${name}`)],
}));

export const movielens100k: CatalogEntry = {
  id: 'movielens-100k',
  domain: 'recommender',
  title: 'MovieLens 100K (ml-100k), GroupLens Research, 1998',
  task: 'explicit-feedback rating prediction and top-N recommendation (943 users x 1,682 movies, ratings 1-5)',
  files,
  license: {
    name: 'GroupLens research licence (no redistribution)',
    redistributable: false,
    displayable: true,
    terms:
      'Research use only; cite Harper & Konstan (2015); no redistribution without separate permission; no commercial or revenue-bearing use. Never commit it, bundle it into a package or image, or publish a demo built on it.',
  },
  citation:
    'F. Maxwell Harper and Joseph A. Konstan. 2015. The MovieLens Datasets: History and Context. ACM Transactions on Interactive Intelligent Systems (TiiS) 5, 4, Article 19. https://doi.org/10.1145/2827872',
  homepage: 'https://grouplens.org/datasets/movielens/100k/',
  source: `github.com/${REPO} @ ${COMMIT}`,
  counts: { ratings: 100000, users: 943, items: 1682, genres: 19, foldBase: 80000, foldTest: 20000 },
  usage: 'Primary data of the recommender, internal use only (fetched into the cache, never bundled).',
  quirks: [
    'u.data and the u1..u5 folds are tab-separated; u.item and u.user are pipe-separated.',
    'u.item is latin-1 encoded (e.g. accented titles), not UTF-8.',
    'u.item has an empty video_release_date column and a few movies without a release date.',
  ],
};
