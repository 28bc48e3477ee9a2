import type { CatalogEntry } from '../types';
import { githubRaw } from './github-raw';

const REPO = 'willhurwitz123/Wisconsin-breast-cancer-data';
const COMMIT = '8f4e60d44f06f74d39d6c8b1fc4a29c1f956d0bb';

export const breastCancerWisconsinDiagnostic: CatalogEntry = {
  id: 'breast-cancer-wisconsin-diagnostic',
  domain: 'med-diagnosis',
  title: 'Breast Cancer Wisconsin (Diagnostic), WDBC, UCI #17',
  task: 'binary classification: malignant vs benign breast mass from FNA-image nuclear features',
  files: [
    {
      path: 'breast-cancer-wisconsin-diagnostic/wdbc.data',
      bytes: 124103,
      sha256: 'd606af411f3e5be8a317a5a8b652b425aaf0ff38ca683d5327ffff94c3695f4a',
      urls: [githubRaw(REPO, COMMIT, 'wdbc.data')],
    },
    {
      path: 'breast-cancer-wisconsin-diagnostic/wdbc.names',
      bytes: 4708,
      sha256: '840e04e3f20f8a5b326892f3b9cbc01c4cd6f7e6c597630b701ef6c0ac79f5ef',
      urls: [githubRaw(REPO, COMMIT, 'wdbc.names')],
    },
  ],
  license: {
    name: 'CC BY 4.0',
    redistributable: true,
    displayable: true,
    terms: 'Creative Commons Attribution 4.0 (UCI Machine Learning Repository). Attribute Wolberg, Mangasarian, Street & Street.',
  },
  citation:
    'W. N. Street, W. H. Wolberg, O. L. Mangasarian. 1993. Nuclear feature extraction for breast tumor diagnosis. IS&T/SPIE International Symposium on Electronic Imaging, vol. 1905, 861-870. Dataset: Wolberg, Mangasarian, Street, Street (1995), Breast Cancer Wisconsin (Diagnostic), UCI Machine Learning Repository.',
  homepage: 'https://archive.ics.uci.edu/dataset/17/breast+cancer+wisconsin+diagnostic',
  source: `github.com/${REPO} @ ${COMMIT}`,
  counts: { rows: 569, features: 30, positives: 212, negatives: 357 },
  usage: 'Med-diagnosis risk model (breast-mass task).',
  quirks: ['No header; 32 columns: id, diagnosis (M/B), then 10 features x {mean, standard error, worst}.'],
};
