// From class probabilities to what the assistant does with a message. The out-of-scope class (when
// the data has one) competes with the intents; on top of it a confidence threshold sends any message
// whose best intent is less likely than the threshold to the fallback, and a margin between the two
// best intents below a setting asks the user which one they meant. Browser-safe.

export interface Knobs {
  /** Best-intent probability below which the message counts as out of scope. */
  threshold: number;
  /** Top-two probability gap below which the assistant asks a clarifying question. */
  margin: number;
}

export interface RankedIntent {
  intent: string;
  probability: number;
}

export interface Decision {
  /** 'answer': the best intent; 'clarify': the two best as choices; 'out-of-scope': fallback. */
  kind: 'answer' | 'clarify' | 'out-of-scope';
  /** The best in-scope intent (shown even when the decision is out of scope). */
  intent: string;
  confidence: number;
  /** The three most likely in-scope intents, best first. */
  top: RankedIntent[];
  /** Probability of the out-of-scope class (0 when the data has none). */
  oosProbability: number;
  margin: number;
}

/** In-scope intents ranked by probability; the out-of-scope class is kept apart. */
export function rankIntents(probabilities: ArrayLike<number>, labels: readonly string[], oosLabel: string | null): { ranked: RankedIntent[]; oos: number } {
  const ranked: RankedIntent[] = [];
  let oos = 0;
  for (let c = 0; c < labels.length; c++) {
    if (labels[c] === oosLabel) oos = probabilities[c];
    else ranked.push({ intent: labels[c], probability: probabilities[c] });
  }
  ranked.sort((a, b) => b.probability - a.probability || (a.intent < b.intent ? -1 : 1));
  return { ranked, oos };
}

export function decide(probabilities: ArrayLike<number>, labels: readonly string[], oosLabel: string | null, knobs: Knobs): Decision {
  const { ranked, oos } = rankIntents(probabilities, labels, oosLabel);
  const [first, second] = ranked;
  const margin = first.probability - (second?.probability ?? 0);
  const outOfScope = oos > first.probability || first.probability < knobs.threshold;
  const kind = outOfScope ? 'out-of-scope' : margin < knobs.margin ? 'clarify' : 'answer';
  return { kind, intent: first.intent, confidence: first.probability, top: ranked.slice(0, 3), oosProbability: oos, margin };
}

/**
 * What the knobs need per evaluated message, compact enough to ship to the browser: the best and
 * second in-scope probabilities, the out-of-scope probability, whether the best intent is right,
 * and whether the message is really out of scope.
 */
export interface KnobCases {
  best: number[];
  second: number[];
  oos: number[];
  bestCorrect: (0 | 1)[];
  isOos: (0 | 1)[];
}

export interface KnobOutcome {
  threshold: number;
  margin: number;
  /** Share of messages the bot answered itself (an intent reply, no fallback, no question). */
  containment: number;
  /** Share of messages answered with the wrong intent (incl. out-of-scope ones answered). */
  wrongAnswer: number;
  /** Share that got a clarifying question. */
  clarified: number;
  /** Share of out-of-scope messages sent to the fallback. */
  oosRecall: number;
  /** Share of in-scope messages answered or clarified with the right intent first. */
  inScopeAccuracy: number;
}

export function knobOutcome(cases: KnobCases, knobs: Knobs): KnobOutcome {
  const n = cases.best.length;
  let answered = 0, wrong = 0, clarified = 0, oosN = 0, oosCaught = 0, inN = 0, inRight = 0;
  for (let i = 0; i < n; i++) {
    const outOfScope = cases.oos[i] > cases.best[i] || cases.best[i] < knobs.threshold;
    const clarify = !outOfScope && cases.best[i] - cases.second[i] < knobs.margin;
    if (cases.isOos[i]) {
      oosN++;
      if (outOfScope) oosCaught++;
    } else {
      inN++;
      if (!outOfScope && cases.bestCorrect[i]) inRight++;
    }
    if (outOfScope) continue;
    if (clarify) clarified++;
    else {
      answered++;
      if (cases.isOos[i] || !cases.bestCorrect[i]) wrong++;
    }
  }
  return {
    threshold: knobs.threshold,
    margin: knobs.margin,
    containment: n ? answered / n : 0,
    wrongAnswer: n ? wrong / n : 0,
    clarified: n ? clarified / n : 0,
    oosRecall: oosN ? oosCaught / oosN : 0,
    inScopeAccuracy: inN ? inRight / inN : 0,
  };
}

/** 0, 0.01, ..., 0.95 */
export const THRESHOLD_GRID = Array.from({ length: 96 }, (_, i) => i / 100);

/**
 * The threshold chosen on validation data: the highest one whose in-scope accuracy stays within
 * `maxAccuracyDrop` of the accuracy with no threshold, i.e. catch as many out-of-scope messages as
 * possible for at most that cost to the in-scope ones.
 */
export function chooseThreshold(cases: KnobCases, maxAccuracyDrop = 0.005): { threshold: number; validation: KnobOutcome } {
  const base = knobOutcome(cases, { threshold: 0, margin: 0 });
  let best = { threshold: 0, validation: base };
  for (const threshold of THRESHOLD_GRID) {
    const outcome = knobOutcome(cases, { threshold, margin: 0 });
    if (outcome.inScopeAccuracy >= base.inScopeAccuracy - maxAccuracyDrop - 1e-12) best = { threshold, validation: outcome };
  }
  return best;
}

/** The knob cases of probability rows against true labels. */
export function knobCasesOf(rows: ArrayLike<number>[], truth: readonly string[], labels: readonly string[], oosLabel: string | null): KnobCases {
  const cases: KnobCases = { best: [], second: [], oos: [], bestCorrect: [], isOos: [] };
  rows.forEach((row, i) => {
    const { ranked, oos } = rankIntents(row, labels, oosLabel);
    cases.best.push(ranked[0].probability);
    cases.second.push(ranked[1]?.probability ?? 0);
    cases.oos.push(oos);
    cases.bestCorrect.push(ranked[0].intent === truth[i] ? 1 : 0);
    cases.isOos.push(truth[i] === oosLabel ? 1 : 0);
  });
  return cases;
}
