// One federated round as a progress sentence and back: the trainer reports each round in the job's
// progress message (the stream carries stage, message and fraction), and the Privacy section on the
// Train page reads the rounds out of the live stream with the parser below.

export interface RoundProgress {
  round: number;
  rounds: number;
  trainLoss: number;
  /** Epsilon spent so far by the least private hospital (DP runs only). */
  epsilon?: number;
}

export interface StreamedRound extends RoundProgress {
  /** Which fit the round belongs to: "fold 2 of 5" or "final model". */
  fit: string;
}

export function roundMessage(r: RoundProgress): string {
  return `round ${r.round} of ${r.rounds}, loss ${r.trainLoss.toFixed(4)}${r.epsilon === undefined ? '' : `, epsilon spent ${r.epsilon.toFixed(3)}`}`;
}

const PATTERN = /^(.+?): round (\d+) of (\d+), loss (-?[\d.]+|NaN)(?:, epsilon spent ([\d.]+|Infinity))?$/;

/** The round in a job progress message ("fold 2 of 5: round 3 of 15, loss 0.5123, epsilon spent 1.234"), or null. */
export function parseRoundMessage(message: string | null | undefined): StreamedRound | null {
  const m = message ? PATTERN.exec(message) : null;
  if (!m) return null;
  return { fit: m[1], round: Number(m[2]), rounds: Number(m[3]), trainLoss: Number(m[4]), ...(m[5] === undefined ? {} : { epsilon: Number(m[5]) }) };
}

/** The rounds of the latest fit among progress messages (a new fold or the final model starts over). */
export function currentFitRounds(messages: readonly string[]): StreamedRound[] {
  const rounds = messages.map(parseRoundMessage).filter((r): r is StreamedRound => r !== null);
  const last = rounds[rounds.length - 1];
  if (!last) return [];
  let start = rounds.length - 1;
  while (start > 0 && rounds[start - 1].fit === last.fit && rounds[start - 1].round < rounds[start].round) start--;
  return rounds.slice(start);
}
