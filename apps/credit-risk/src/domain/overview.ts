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
    {
      step: 'Data',
      plan: 'The UCI CSV, checked by sha256, mapped from X1..X23 to named fields; undocumented education and marriage codes merged into "others", 35 duplicate rows dropped; a seeded 70/10/20 split stratified by outcome, ids recorded.',
    },
    {
      step: 'Model design',
      plan: 'Engineered features (utilization, payment ratios, delinquency counts); a WoE scorecard at 600 points for 19:1 odds, 50 points to double; an ensemble of three MLPs with Platt calibration; the same without sex, age and marital status.',
    },
    {
      step: 'Training',
      plan: 'Seeded, on TensorFlow.js (wasm) in a worker process: five-fold stratified cross-validation, then the final fit; calibration on held-out parts the networks never saw.',
    },
    {
      step: 'Evaluation',
      plan: 'ROC AUC against LightGBM’s 0.784 with bootstrap intervals, KS, Brier, PR AUC, calibration error, approval and error rates per group with the four-fifths rule, and the worst real mistakes.',
    },
    {
      step: 'Deployment',
      plan: 'One served model, switched only on promotion; each decision with its points, grade, four reasons and a what-if; every score logged with its latency and a coarsened input, and watched for drift.',
    },
  ],
};
