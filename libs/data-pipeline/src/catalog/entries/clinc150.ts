import type { CatalogEntry } from '../types';
import { githubRaw } from './github-raw';

const REPO = 'clinc/oos-eval';
const COMMIT = '828f8093932c8fe6ca7936c3d2e52903b1c523de';

export const clinc150: CatalogEntry = {
  id: 'clinc150',
  domain: 'nlp-chatbot',
  title: 'CLINC150: intent classification and out-of-scope prediction ("full" variant)',
  task: 'single-label intent classification (150 intents in 10 domains) with out-of-scope ("oos") detection',
  files: [
    {
      path: 'clinc150/data_full.json',
      bytes: 2495390,
      sha256: '36923c3705a59e08fe9c3883d8bc2dd966ef93e22cb78ac41171782a698d56e0',
      urls: [githubRaw(REPO, COMMIT, 'data/data_full.json')],
    },
    {
      path: 'clinc150/domains.json',
      bytes: 3818,
      sha256: 'b947b579d3b8e74b06f93b01083d8efaff2888b43a3e362533bd88a6e1211b3a',
      urls: [githubRaw(REPO, COMMIT, 'data/domains.json')],
    },
    {
      path: 'clinc150/README.md',
      bytes: 2668,
      sha256: '8a8df26c4de3d25b6c4cff385ca23602c30e4e56828b015206cbc202f6db363a',
      urls: [githubRaw(REPO, COMMIT, 'README.md')],
    },
    {
      path: 'clinc150/LICENSE',
      bytes: 19467,
      sha256: 'e6bc9e9c474700b708f568bac9e5a8a9bcb2b1dad53442f5ba449fcb848b8e76',
      urls: [githubRaw(REPO, COMMIT, 'LICENSE')],
    },
  ],
  license: {
    name: 'CC BY 3.0',
    redistributable: true,
    displayable: true,
    terms: 'Creative Commons Attribution 3.0 Unported (full text in clinc150/LICENSE). Attribute the authors.',
  },
  citation:
    'Stefan Larson, Anish Mahendran, Joseph J. Peper, Christopher Clarke, Andrew Lee, Parker Hill, Jonathan K. Kummerfeld, Kevin Leach, Michael A. Laurenzano, Lingjia Tang, Jason Mars. 2019. An Evaluation Dataset for Intent Classification and Out-of-Scope Prediction. EMNLP-IJCNLP 2019. https://www.aclweb.org/anthology/D19-1131',
  homepage: 'https://github.com/clinc/oos-eval',
  source: `github.com/${REPO} @ ${COMMIT}`,
  counts: {
    rows: 23700,
    train: 15000,
    val: 3000,
    test: 4500,
    oos_train: 100,
    oos_val: 100,
    oos_test: 1000,
    intents: 150,
    domains: 10,
  },
  usage: 'Primary data of the chatbot: train for fitting, val for the out-of-scope threshold, test for reporting.',
  quirks: [
    'data_full.json keeps in-scope and out-of-scope utterances in separate keys (train / oos_train, ...); the loader merges them per split.',
    'A few utterances occur in two splits, sometimes with different intents; they are removed from the evaluation side.',
  ],
};
