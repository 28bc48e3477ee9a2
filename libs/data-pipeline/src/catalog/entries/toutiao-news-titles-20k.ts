import type { CatalogEntry } from '../types';
import { githubRaw } from './github-raw';

const DATA_REPO = 'RuoYe310/NLP_ML';
const DATA_COMMIT = 'cb29ef210e5bffc4f22547699b4b94abb4c5e36d';
const README_REPO = 'aceimnorstuvwxz/toutiao-text-classfication-dataset';
const README_COMMIT = 'b6b81e1bd4f28cf8445918560f4ed4b05f8c19ee';

export const toutiaoNewsTitles20k: CatalogEntry = {
  id: 'toutiao-news-titles-20k',
  domain: 'nlp-chatbot',
  title: 'Toutiao Chinese news-title classification, 20,000-row random subset',
  task: 'single-label topic classification of Chinese news headlines, 15 classes',
  files: [
    {
      path: 'toutiao/toutiao_cat_data.dev.txt',
      bytes: 1491883,
      sha256: '58371cb0e306cf635e564c505dbf50d9a462d7d184ac67836e733ac8e3b2df8f',
      urls: [githubRaw(DATA_REPO, DATA_COMMIT, 'data/toutiao_cat_data.dev.txt')],
    },
    {
      path: 'toutiao/toutiao_cat_data.test.txt',
      bytes: 1487167,
      sha256: '5dda7de10777bdc9894e8543b3a1a54c9e584ef692d504124c59360af3305831',
      urls: [githubRaw(DATA_REPO, DATA_COMMIT, 'data/toutiao_cat_data.test.txt')],
    },
    {
      path: 'toutiao/readme.md',
      bytes: 2696,
      sha256: '0cb2f853d3015df7c50fb1501c2733e8c3f9b0bf36cbfbf60296f353f5eb13a5',
      urls: [githubRaw(README_REPO, README_COMMIT, 'readme.md')],
    },
  ],
  license: {
    name: 'none stated (research use only)',
    redistributable: false,
    displayable: false,
    terms:
      'The upstream repository has no licence. Use it only to test Chinese tokenization and classification; never show its text in the product and never ship it.',
  },
  citation:
    'aceimnorstuvwxz, toutiao-text-classfication-dataset (GitHub, 2018), https://github.com/aceimnorstuvwxz/toutiao-text-classfication-dataset',
  homepage: 'https://github.com/aceimnorstuvwxz/toutiao-text-classfication-dataset',
  source: `github.com/${DATA_REPO} @ ${DATA_COMMIT} (readme: github.com/${README_REPO} @ ${README_COMMIT})`,
  counts: { rows: 20000, dev: 10000, test: 10000, classes: 15 },
  usage: 'Tests and Chinese tokenization only; its text is never shown in the product.',
  quirks: [
    'Fields are separated by the literal token "_!_": news_id, category code, category name, title, keywords.',
    'The last line has no trailing newline.',
    'About 1,350 headlines occur more than once (one 46 times); duplicates are removed and cross-file duplicates are treated as leakage.',
  ],
};
