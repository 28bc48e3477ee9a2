import type { DomainOverview } from '@atlas/ui';

export const overview: DomainOverview = {
  domain: 'med-diagnosis',
  product: 'Clinical Risk Assistant',
  tagline: 'Calibrated disease-risk estimates, trained without pooling patient records.',
  problem:
    'A clinician screening patients wants to know who is at high risk of diabetes onset or whether a breast mass looks malignant, with a number they can trust and a clear sense of what a threshold trades: missed cases against false alarms. Hospitals cannot simply pool their patients’ records to train it.',
  audience: [
    'Clinicians who set a screening threshold',
    'Hospital data-protection officers who weigh privacy against accuracy',
    'Researchers comparing centralized and federated training',
  ],
  datasets: [
    {
      id: 'pima-indians-diabetes',
      title: 'Pima Indians Diabetes Database (NIDDK)',
      rows: '768 patients, 8 measurements, 35% diabetes onset within five years',
      license: 'No explicit licence from the owner (NIDDK); formerly distributed by UCI',
      citation: 'Smith, Everhart, Dickson, Knowler & Johannes (1988), Proc. SCAMC, 261-265.',
      homepage: 'https://www.kaggle.com/datasets/uciml/pima-indians-diabetes-database',
    },
    {
      id: 'breast-cancer-wisconsin-diagnostic',
      title: 'Breast Cancer Wisconsin (Diagnostic), UCI #17',
      rows: '569 tumours, 30 nuclear features, 37% malignant',
      license: 'CC BY 4.0',
      citation: 'Street, Wolberg & Mangasarian (1993), SPIE Electronic Imaging 1905, 861-870.',
      homepage: 'https://archive.ics.uci.edu/dataset/17/breast+cancer+wisconsin+diagnostic',
    },
  ],
  model:
    'Logistic regression and a small neural network per task, each calibrated, then the same model trained by federated averaging across five simulated hospitals that never share rows, with and without differential privacy (DP-SGD at a chosen epsilon) so the cost of each privacy measure is a measured number.',
  framing:
    'Medicine is where privacy is the hardest constraint: records are among the most sensitive data there is. Federated learning and differential privacy are the proposed answers; this demo shows what each one costs in accuracy, and why a risk score must be calibrated before anyone acts on it.',
  outOfScope: 'Clinical use of any kind. This is a research demo on small, old, narrow cohorts; it is not a medical device.',
  lifecycle: [
    { step: 'Data', plan: 'Fetch both datasets with checksums; treat Pima’s zeros as missing and impute inside each fold.' },
    { step: 'Model design', plan: 'Logistic and MLP baselines; FedAvg over five non-IID hospitals; DP-SGD with an RDP accountant.' },
    { step: 'Training', plan: '5-fold stratified cross-validation; privacy budgets epsilon 1, 3 and 8 at delta 1e-5.' },
    { step: 'Evaluation', plan: 'ROC AUC against logistic regression, calibration error and reliability curves, sensitivity and specificity.' },
    { step: 'Deployment', plan: 'A risk with its interval, the top contributing factors, and a banner that it is not for clinical use.' },
  ],
};
