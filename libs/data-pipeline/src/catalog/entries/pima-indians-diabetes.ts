import type { CatalogEntry } from '../types';
import { githubRaw } from './github-raw';

const REPO = 'kasvith/naive_bayes';
const COMMIT = '69e696499ef9b1943f2b56ed3dc28a56d508a924';

export const pimaIndiansDiabetes: CatalogEntry = {
  id: 'pima-indians-diabetes',
  domain: 'med-diagnosis',
  title: 'Pima Indians Diabetes Database (NIDDK; formerly UCI)',
  task: 'binary classification: onset of diabetes within five years',
  files: [
    {
      path: 'pima-diabetes/pima-indians-diabetes.data.csv',
      bytes: 23279,
      sha256: '06f5b7c2cd7bca686fda4f92eab5f61e7ff6426a9acefa2e3dda04fc54293cf5',
      urls: [githubRaw(REPO, COMMIT, 'pima-indians-diabetes.data.csv')],
    },
    {
      path: 'pima-diabetes/pima-indians-diabetes.names',
      bytes: 3067,
      sha256: '070560f25ab33816584e64d423fd35b00e663373ea3a4d6c8f222add7895032f',
      urls: [githubRaw(REPO, COMMIT, 'pima-indians-diabetes.names')],
    },
  ],
  license: {
    name: 'no explicit licence (NIDDK)',
    redistributable: false,
    displayable: true,
    terms:
      'No explicit licence from the owner; UCI withdrew it at the owner\'s request. Fine for internal training and testing; do not present it as openly licensed.',
  },
  citation:
    'J. W. Smith, J. E. Everhart, W. C. Dickson, W. C. Knowler, R. S. Johannes. 1988. Using the ADAP learning algorithm to forecast the onset of diabetes mellitus. Proc. Annual Symposium on Computer Applications in Medical Care, 261-265.',
  homepage: 'https://www.kaggle.com/datasets/uciml/pima-indians-diabetes-database',
  source: `github.com/${REPO} @ ${COMMIT}`,
  counts: {
    rows: 768,
    features: 8,
    positives: 268,
    negatives: 500,
    missingGlucose: 5,
    missingBloodPressure: 35,
    missingSkinThickness: 227,
    missingInsulin: 374,
    missingBmi: 11,
  },
  usage: 'Med-diagnosis risk model (diabetes task).',
  quirks: [
    'No header; 9 numeric columns, the 9th is the outcome.',
    'Zeros in glucose, blood pressure, skin thickness, insulin and BMI stand for missing values (the .names file wrongly says there are none).',
  ],
};
