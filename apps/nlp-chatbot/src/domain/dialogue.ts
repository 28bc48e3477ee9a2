// The bot's turn: what it says given the intent decision and the message's sentiment. Out of scope
// -> fallback with a handoff offer; very negative -> apology and a handoff offer; small margin -> a
// clarifying question with the two intents as choices; else the intent's reply. Pure TypeScript.
import type { Decision } from './decision';
import { clarifyingQuestion, FALLBACK_REPLY, replyFor, UPSET_REPLY } from './replies';
import type { MessageSentiment } from './sentiment';

export type TurnKind = 'answer' | 'clarify' | 'fallback' | 'escalate';

export interface BotTurn {
  kind: TurnKind;
  text: string;
  /** The two intents offered as buttons when kind is 'clarify'. */
  choices: string[];
  /** Why a person should take over (shown with the "talk to a person" button), or null. */
  handoffReason: 'out-of-scope' | 'negative-sentiment' | null;
}

export function botTurn(decision: Decision, sentiment: MessageSentiment, options: { custom?: boolean } = {}): BotTurn {
  if (sentiment.veryNegative) return { kind: 'escalate', text: UPSET_REPLY, choices: [], handoffReason: 'negative-sentiment' };
  if (decision.kind === 'out-of-scope') return { kind: 'fallback', text: FALLBACK_REPLY, choices: [], handoffReason: 'out-of-scope' };
  if (decision.kind === 'clarify') {
    const [a, b] = decision.top;
    return { kind: 'clarify', text: clarifyingQuestion(a.intent, b.intent), choices: [a.intent, b.intent], handoffReason: null };
  }
  return { kind: 'answer', text: replyFor(decision.intent, options.custom), choices: [], handoffReason: null };
}

/** The reply once the user picked one of the clarification choices. */
export function chosenTurn(intent: string, options: { custom?: boolean } = {}): BotTurn {
  return { kind: 'answer', text: replyFor(intent, options.custom), choices: [], handoffReason: null };
}
