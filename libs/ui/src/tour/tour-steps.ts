// The guided tour for a PM new to AI products: ten stops across the five apps, each with one question
// the product raises and the page that answers it.
import type { DomainId } from '../domains';

export type TourTopic = 'value' | 'explainability' | 'privacy' | 'compute cost' | 'hand-off';

export interface TourStep {
  domain: DomainId;
  /** Page path inside the app, e.g. '/try'. */
  path: string;
  topic: TourTopic;
  question: string;
  /** Where on the page the answer is, in a sentence. */
  look: string;
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    domain: 'credit-risk',
    path: '/',
    topic: 'value',
    question: 'What decision does this model support, and what must it beat to be worth building?',
    look: 'The tradeoff card compares the model with its anchor (a simple baseline): the gain is the value.',
  },
  {
    domain: 'credit-risk',
    path: '/try',
    topic: 'explainability',
    question: 'Why was this applicant scored as risky, and what would change the answer?',
    look: 'Score an application: the reasons list and the what-if note explain the score; move the cutoff to see approvals and bad rate change.',
  },
  {
    domain: 'credit-risk',
    path: '/evaluate',
    topic: 'hand-off',
    question: 'Which decisions should a person review instead of the model?',
    look: 'The failure cases and the per-group tables show where the model is wrong most often: route those to a reviewer.',
  },
  {
    domain: 'med-diagnosis',
    path: '/data',
    topic: 'privacy',
    question: 'How is patient data protected when the model learns from it?',
    look: 'The data page lists the dataset, its license and sensitivity; the privacy measures are on the tradeoff card.',
  },
  {
    domain: 'med-diagnosis',
    path: '/train',
    topic: 'privacy',
    question: 'What does differential privacy cost in accuracy?',
    look: 'Compare a private run with a standard one in the runs table: the difference in the headline metric is the price of privacy.',
  },
  {
    domain: 'nlp-chatbot',
    path: '/try',
    topic: 'hand-off',
    question: 'When should the assistant stop answering and hand the chat to a person?',
    look: 'Ask something out of scope: the assistant recognises it and offers a hand-off instead of guessing.',
  },
  {
    domain: 'vision-detect',
    path: '/train',
    topic: 'compute cost',
    question: 'What does it cost to train a model that sees, compared with one that reads a table?',
    look: 'Training time and backend are in the runs table; image models take far longer than the tabular ones.',
  },
  {
    domain: 'vision-detect',
    path: '/try',
    topic: 'compute cost',
    question: 'Can the model run on the user\'s device instead of the server?',
    look: 'Run the same model in the browser and on the server: the two latencies show the cost of each.',
  },
  {
    domain: 'recommender',
    path: '/try',
    topic: 'explainability',
    question: 'Why is this movie recommended, and would a user trust the reason?',
    look: 'Each recommendation lists the reason it was chosen; compare them with what the user rated.',
  },
  {
    domain: 'recommender',
    path: '/compare',
    topic: 'compute cost',
    question: 'Across the five products, which is cheapest to run and which needs the most human care?',
    look: 'The Compare page puts latency, size, training time, privacy and human fallback of all five side by side.',
  },
];
