// One assistant turn on the served model: the intent decision at the given knobs, the message's
// sentiment and what the bot says. Shared by /api/predict and /api/chat. Node only.
import { botTurn, type BotTurn } from '../domain/dialogue';
import type { Decision } from '../domain/decision';
import { messageSentiment, type MessageSentiment } from '../domain/sentiment';
import type { LoadedIntentModel } from './load-model';

export interface TurnInput {
  text: string;
  threshold?: number;
  margin?: number;
}

export interface AssistantTurn {
  decision: Decision;
  sentiment: MessageSentiment;
  turn: BotTurn;
  /** Model time alone (features + forward pass), for the browser comparison. */
  modelMs: number;
}

const round = (x: number) => Number(x.toFixed(4));

export function assistantTurn(m: LoadedIntentModel, input: TurnInput): AssistantTurn {
  const started = performance.now();
  const decision = m.predictor.decide(input.text, {
    ...(input.threshold === undefined ? {} : { threshold: input.threshold }),
    ...(input.margin === undefined ? {} : { margin: input.margin }),
  });
  const modelMs = performance.now() - started;
  const sentiment = messageSentiment(input.text);
  const rounded = { ...decision, confidence: round(decision.confidence), oosProbability: round(decision.oosProbability), margin: round(decision.margin), top: decision.top.map((t) => ({ intent: t.intent, probability: round(t.probability) })) };
  return { decision: rounded, sentiment, turn: botTurn(decision, sentiment, { custom: m.predictor.preprocess.custom }), modelMs };
}

/** What the prediction log keeps of a turn. */
export function loggedTurn(t: AssistantTurn) {
  return { intent: t.decision.intent, kind: t.turn.kind, confidence: t.decision.confidence, sentiment: t.sentiment.score };
}
