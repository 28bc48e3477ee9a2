import type { CatalogEntry } from '../types';
import { githubRaw } from './github-raw';

const REPO = 'fju155447/uci';
const COMMIT = '84670e783ab9fd2459b7096d82965f28dafb66b2';

export const uciDefaultOfCreditCardClients: CatalogEntry = {
  id: 'uci-default-of-credit-card-clients',
  domain: 'credit-risk',
  title: 'Default of Credit Card Clients (Taiwan, 2005), UCI #350',
  task: "binary classification: will the client default on next month's payment",
  files: [
    {
      path: 'taiwan-default/UCI_Credit_Card.csv',
      bytes: 2905603,
      sha256: '023eb2c3ad9efd15e7869616fa50a0143f25223105c7069ba632431530afdb61',
      urls: [githubRaw(REPO, COMMIT, 'UCI_Credit_Card.csv')],
    },
  ],
  license: {
    name: 'CC BY 4.0',
    redistributable: true,
    displayable: true,
    terms: 'Creative Commons Attribution 4.0 (UCI Machine Learning Repository). Attribute Yeh & Lien.',
  },
  citation:
    'I-Cheng Yeh and Che-hui Lien. 2009. The comparisons of data mining techniques for the predictive accuracy of probability of default of credit card clients. Expert Systems with Applications 36(2): 2473-2480. Dataset: Yeh, I-Cheng (2009), Default of Credit Card Clients, UCI Machine Learning Repository.',
  homepage: 'https://archive.ics.uci.edu/dataset/350/default+of+credit+card+clients',
  source: `github.com/${REPO} @ ${COMMIT}`,
  counts: { rows: 30000, features: 23, positives: 6636, negatives: 23364 },
  usage: 'Primary data of the credit-risk scorer.',
  quirks: [
    'The header is ID,X1..X23,Y; the loader maps X1..X23 to LIMIT_BAL, SEX, EDUCATION, MARRIAGE, AGE, PAY_0, PAY_2..PAY_6, BILL_AMT1..6, PAY_AMT1..6.',
    'Lines end in CRLF.',
    'Excel wrote some amounts in scientific notation (5.00E+05).',
    'EDUCATION uses the undocumented codes 0, 5 and 6 and MARRIAGE the undocumented code 0.',
  ],
};
