// Sentiment of a user message with the AFINN-165 lexicon (the `sentiment` package): the sum of word
// scores from -5 to +5, negations handled by the library. A sum at or below NEGATIVE_SCORE is "very
// negative" and escalates to a person whatever the intent.
import Sentiment from 'sentiment';

// -5, not -3: a single strong word such as "lost" (-3) is how people report a lost card, not anger.
export const NEGATIVE_SCORE = -5;

const analyzer = new Sentiment();

export interface MessageSentiment {
  score: number;
  /** Score per word of the message. */
  comparative: number;
  negativeWords: string[];
  veryNegative: boolean;
}

export function messageSentiment(text: string, negativeScore = NEGATIVE_SCORE): MessageSentiment {
  const r = analyzer.analyze(text);
  return { score: r.score, comparative: Number(r.comparative.toFixed(3)), negativeWords: r.negative, veryNegative: r.score <= negativeScore };
}
