// Test-set evaluation of an intent model at its chosen threshold: in-scope accuracy and out-of-scope
// recall (Larson et al. 2019's two numbers) with bootstrap intervals, per-domain and per-intent
// accuracy, the most confused intent pairs with real examples, the out-of-scope precision/recall
// curve and the knob curve (containment vs wrong answers). Pure TypeScript.
import { averagePrecision, bootstrapCi, prCurve } from '@atlas/model-core';
import { knobCasesOf, knobOutcome, rankIntents, THRESHOLD_GRID, type KnobCases, type KnobOutcome } from './decision';

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
  level: number;
}

export interface ConfusedPair {
  actual: string;
  predicted: string;
  count: number;
  examples: string[];
}

export interface IntentEvaluation {
  threshold: number;
  margin: number;
  inScopeAccuracy: Interval;
  /** null when the data has no out-of-scope examples. */
  oosRecall: Interval | null;
  oosPrecision: number | null;
  /** Accuracy with no threshold (only the out-of-scope class, if any). */
  withoutThreshold: KnobOutcome;
  atThreshold: KnobOutcome;
  perDomain: { domain: string; accuracy: number; n: number }[];
  perIntent: { intent: string; domain: string; accuracy: number; n: number }[];
  confusedPairs: ConfusedPair[];
  /** Out-of-scope detection, scored by 1 - best intent probability (thinned for charts). */
  oosPr: { points: { recall: number; precision: number; threshold: number }[]; averagePrecision: number } | null;
  /** Containment and wrong-answer rate over the threshold grid at the default margin. */
  knobCurve: KnobOutcome[];
  /** Per-message figures for live knobs (rounded). */
  cases: KnobCases;
  /** Wrong answers given with the highest confidence (real test messages). */
  failures: { text: string; actual: string; predicted: string; confidence: number }[];
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

function interval(values: number[], seed: number): Interval {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const ci = bootstrapCi([values], mean, { seed, resamples: 1000 });
  return { estimate: round(ci.estimate), lower: round(ci.lower), upper: round(ci.upper), level: ci.level };
}

function thin<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const step = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => items[Math.round(i * step)]);
}

export interface EvaluationInput {
  texts: string[];
  truth: string[];
  probabilities: ArrayLike<number>[];
  labels: string[];
  oosLabel: string | null;
  domainOf: Record<string, string>;
  threshold: number;
  margin: number;
}

export function evaluateIntents(input: EvaluationInput): IntentEvaluation {
  const { truth, labels, oosLabel, threshold, margin } = input;
  const cases = knobCasesOf(input.probabilities, truth, labels, oosLabel);
  const predicted = input.probabilities.map((row, i) => {
    const outOfScope = cases.oos[i] > cases.best[i] || cases.best[i] < threshold;
    return outOfScope && oosLabel ? oosLabel : rankIntents(row, labels, oosLabel).ranked[0].intent;
  });
  const inScope = truth.map((t, i) => i).filter((i) => truth[i] !== oosLabel);
  const oosIdx = truth.map((t, i) => i).filter((i) => truth[i] === oosLabel);
  const correct = inScope.map((i) => (predicted[i] === truth[i] ? 1 : 0));
  const caught = oosIdx.map((i) => (predicted[i] === oosLabel ? 1 : 0));
  const flagged = predicted.filter((p) => p === oosLabel).length;

  const groups = (key: (i: number) => string) => {
    const m = new Map<string, { right: number; n: number }>();
    inScope.forEach((i, k) => {
      const g = m.get(key(i)) ?? { right: 0, n: 0 };
      g.n++;
      g.right += correct[k];
      m.set(key(i), g);
    });
    return m;
  };
  const perDomain = [...groups((i) => input.domainOf[truth[i]] ?? 'custom')].map(([domain, g]) => ({ domain, accuracy: round(g.right / g.n), n: g.n }));
  perDomain.sort((a, b) => a.accuracy - b.accuracy || a.domain.localeCompare(b.domain));
  const perIntent = [...groups((i) => truth[i])].map(([intent, g]) => ({ intent, domain: input.domainOf[intent] ?? 'custom', accuracy: round(g.right / g.n), n: g.n }));
  perIntent.sort((a, b) => a.accuracy - b.accuracy || a.intent.localeCompare(b.intent));

  const pairs = new Map<string, ConfusedPair>();
  for (const i of inScope) {
    if (predicted[i] === truth[i] || predicted[i] === oosLabel) continue;
    const key = `${truth[i]}\u0000${predicted[i]}`;
    const pair = pairs.get(key) ?? { actual: truth[i], predicted: predicted[i], count: 0, examples: [] };
    pair.count++;
    if (pair.examples.length < 3) pair.examples.push(input.texts[i]);
    pairs.set(key, pair);
  }
  const confusedPairs = [...pairs.values()].sort((a, b) => b.count - a.count || a.actual.localeCompare(b.actual)).slice(0, 12);

  let oosPr: IntentEvaluation['oosPr'] = null;
  if (oosIdx.length > 0) {
    const y = truth.map((t) => (t === oosLabel ? 1 : 0));
    const score = cases.best.map((b, i) => round(Math.max(1 - b, cases.oos[i]), 6));
    const points = prCurve(y, score)
      .filter((p) => Number.isFinite(p.threshold))
      .map((p) => ({ recall: round(p.recall), precision: round(p.precision), threshold: round(p.threshold) }));
    oosPr = { points: thin(points, 120), averagePrecision: round(averagePrecision(y, score)) };
  }

  const failures = inScope
    .filter((i) => predicted[i] !== truth[i] && predicted[i] !== oosLabel)
    .map((i) => ({ text: input.texts[i], actual: truth[i], predicted: predicted[i], confidence: round(cases.best[i], 3) }))
    .concat(oosIdx.filter((i) => predicted[i] !== oosLabel).map((i) => ({ text: input.texts[i], actual: oosLabel ?? '', predicted: predicted[i], confidence: round(cases.best[i], 3) })))
    .sort((a, b) => b.confidence - a.confidence)
    .slice(0, 10);

  const r3 = (v: number[]) => v.map((x) => round(x, 3));
  return {
    threshold,
    margin,
    inScopeAccuracy: interval(correct, 1),
    oosRecall: caught.length ? interval(caught, 2) : null,
    oosPrecision: flagged ? round(caught.reduce<number>((s, x) => s + x, 0) / flagged) : null,
    withoutThreshold: knobOutcome(cases, { threshold: 0, margin: 0 }),
    atThreshold: knobOutcome(cases, { threshold, margin }),
    perDomain,
    perIntent,
    confusedPairs,
    oosPr,
    knobCurve: THRESHOLD_GRID.filter((_, i) => i % 5 === 0).map((t) => {
      const o = knobOutcome(cases, { threshold: t, margin });
      return { ...o, containment: round(o.containment), wrongAnswer: round(o.wrongAnswer), clarified: round(o.clarified), oosRecall: round(o.oosRecall), inScopeAccuracy: round(o.inScopeAccuracy) };
    }),
    cases: { best: r3(cases.best), second: r3(cases.second), oos: r3(cases.oos), bestCorrect: cases.bestCorrect, isOos: cases.isOos },
    failures,
  };
}
