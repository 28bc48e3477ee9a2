import type { DomainOverview } from '@atlas/ui';

export const overview: DomainOverview = {
  domain: 'credit-risk',
  product: 'Credit Risk Scorer',
  tagline: 'Score a card applicant’s chance of default, and see why.',
  problem:
    'A lender must decide, in seconds and fairly, whether to extend credit. Each wrong yes costs a charged-off balance; each wrong no loses a good customer. The scorer estimates the probability that a client misses next month’s payment and explains which parts of their history drive it.',
  audience: [
    'Credit analysts who set the approval cutoff',
    'Applicants who are owed the reasons for a decline',
    'Risk and compliance teams who audit fairness across groups',
  ],
  datasets: [
    {
      id: 'uci-default-of-credit-card-clients',
      title: 'Default of Credit Card Clients (Taiwan, 2005), UCI #350',
      rows: '30,000 clients, 23 features, 22% default next month',
      license: 'CC BY 4.0',
      citation: 'Yeh & Lien (2009), Expert Systems with Applications 36(2).',
      homepage: 'https://archive.ics.uci.edu/dataset/350/default+of+credit+card+clients',
    },
  ],
  model:
    'Two families side by side: a points scorecard (monotonic weight-of-evidence bins into logistic regression) that a regulator can read line by line, and a calibrated neural network over engineered features (utilization, payment ratios, delinquency counts) that aims to beat gradient boosting, plus the same network without sex, age and marital status to show what excluding protected attributes costs.',
  framing:
    'Finance is where the accuracy of a model meets the law: an adverse decision must come with reasons, and a model must not discriminate. The question this demo raises is how much predictive power the interpretable model gives up, and what moving the cutoff does to approval rate, bad rate and outcomes per group.',
  outOfScope: 'Real lending decisions. The data is from one Taiwanese bank in 2005 and does not represent any other population.',
  lifecycle: [
    { step: 'Data', plan: 'Fetch the UCI CSV with its checksum, map X1..X23 to named fields, fix undocumented education and marriage codes.' },
    { step: 'Model design', plan: 'Scorecard with monotonic bins; MLP with engineered ratios; a variant without protected attributes.' },
    { step: 'Training', plan: 'Seeded stratified split and 5-fold cross-validation, class weights, calibration on validation data.' },
    { step: 'Evaluation', plan: 'ROC AUC against LightGBM’s 0.784, KS, Brier, calibration error, approval and bad rates per group.' },
    { step: 'Deployment', plan: 'A served model with reason codes per decision, every score logged with its latency.' },
  ],
};
