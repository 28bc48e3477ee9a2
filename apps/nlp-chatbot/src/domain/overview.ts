import type { DomainOverview } from '@atlas/ui';

export const overview: DomainOverview = {
  domain: 'nlp-chatbot',
  product: 'Support Assistant',
  tagline: 'Understand what a customer asks, and know when to hand them to a person.',
  problem:
    'A support chat gets thousands of messages a day. Most ask for one of a known set of things (freeze my card, check my balance, book a flight); some ask for something the product cannot do. The assistant recognises the intent, answers the ones it can, and hands the rest, and the frustrated, to a human agent instead of guessing.',
  audience: [
    'Customers who want an answer without waiting in a queue',
    'Support agents who receive the hand-offs with context',
    'Product owners who decide how much automation is safe',
  ],
  datasets: [
    {
      id: 'clinc150',
      title: 'CLINC150: intent classification and out-of-scope prediction',
      rows: '23,700 utterances: 150 intents in 10 domains plus out-of-scope queries',
      license: 'CC BY 3.0',
      citation: 'Larson et al. (2019), An Evaluation Dataset for Intent Classification and Out-of-Scope Prediction, EMNLP-IJCNLP.',
      homepage: 'https://github.com/clinc/oos-eval',
    },
    {
      id: 'toutiao-news-titles-20k',
      title: 'Toutiao Chinese news-title categories (20,000-headline subset, used for training only; its text is never shown)',
      rows: '20,000 headlines in 15 categories',
      license: 'None stated upstream: research use only',
      citation: 'toutiao-text-classfication-dataset (2018).',
      homepage: 'https://github.com/aceimnorstuvwxz/toutiao-text-classfication-dataset',
    },
  ],
  model:
    'An intent classifier trained here from scratch, with no downloaded embeddings: word and character n-grams feed a compact text model, and a confidence threshold chosen on validation data sends out-of-scope questions to a person. Message sentiment is a second escalation signal. A Chinese headline classifier shows the same pipeline on another script.',
  framing:
    'Conversational products are the face of large language models, and their failure mode is confident nonsense. The question this demo raises is when a model should hand off to a human: how many out-of-scope questions it catches, at what cost to the in-scope ones it could have answered.',
  outOfScope: 'Answering questions outside its 150 intents, giving financial, legal or medical advice, or acting on a request without confirmation.',
  lifecycle: [
    { step: 'Data', plan: 'CLINC150 with its upstream train, validation and test splits; personal data redacted from any logged text.' },
    { step: 'Model design', plan: 'Word and character n-gram ids into an embedding-bag classifier; a faster and a more accurate configuration.' },
    { step: 'Training', plan: 'Seeded training on CPU in minutes; the out-of-scope threshold is picked on validation data.' },
    { step: 'Evaluation', plan: 'In-scope accuracy and out-of-scope recall against the published baselines (SVM, BERT, Rasa).' },
    { step: 'Deployment', plan: 'A chat that persists conversations, shows the intent and confidence, and escalates to a person.' },
  ],
};
