import type { DomainOverview } from '@atlas/ui';

export const overview: DomainOverview = {
  domain: 'recommender',
  product: 'Movie Recommender',
  tagline: 'A personal top ten, with a reason for every pick.',
  problem:
    'A viewer with a thousand titles to choose from wants ten worth watching tonight, including something they would not have found alone. The recommender learns tastes from ratings, explains each pick (“because you rated …”), welcomes a brand-new viewer after a few ratings, and lets you dial diversity up or down.',
  audience: [
    'Viewers who want a short, trustworthy list',
    'Editors who care about catalogue coverage, not only the blockbusters',
    'Product teams who weigh accuracy against novelty and diversity',
  ],
  datasets: [
    {
      id: 'movielens-100k',
      title: 'MovieLens 100K (GroupLens Research, 1998)',
      rows: '100,000 ratings from 943 users on 1,682 movies',
      license: 'GroupLens licence: research use only, no redistribution (obtained through the catalog, never bundled)',
      citation: 'Harper & Konstan (2015), The MovieLens Datasets: History and Context, ACM TiiS 5(4).',
      homepage: 'https://grouplens.org/datasets/movielens/100k/',
    },
  ],
  model:
    'A popularity baseline, matrix factorization with user and item biases for rating prediction, and a ranking model trained on implicit feedback for top-ten lists. New viewers are folded in from a few ratings without retraining; a re-ranker trades relevance for diversity.',
  framing:
    'Recommendation is the quiet large-scale AI that shapes what people see. The question this demo raises is explainability and its limits: a reason shown to a user must be true, and optimizing only for accuracy narrows what people are shown.',
  outOfScope: 'Commercial use of any kind (the data licence forbids it) and any claim about real viewers beyond this 1998 panel.',
  lifecycle: [
    { step: 'Data', plan: 'Fetch MovieLens through the catalog (never committed); upstream folds u1..u5 and a seeded per-user split.' },
    { step: 'Model design', plan: 'Popularity baseline, biased matrix factorization, and an implicit-feedback ranker.' },
    { step: 'Training', plan: 'Seeded training on CPU; cold-start users folded in at request time.' },
    { step: 'Evaluation', plan: 'RMSE against Surprise’s SVD++ and nDCG@10 against the published ML-100K ranking table.' },
    { step: 'Deployment', plan: 'Personas and onboarding, reasons per pick, a diversity dial, feedback logged for the next run.' },
  ],
};
