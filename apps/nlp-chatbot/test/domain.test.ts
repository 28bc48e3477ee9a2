// Unit tests of the pure chatbot logic: n-gram ids, decisions and the knob figures (hand-computed),
// the validation threshold rule, word attributions, dialogue turns, replies and custom data.
import { chooseThreshold, decide, knobOutcome, type KnobCases } from '../src/domain/decision';
import { botTurn } from '../src/domain/dialogue';
import { csvColumns, customIntentData, rowsFromJson } from '../src/domain/custom-data';
import { fitFeaturizer, textIds, vocabularySize } from '../src/domain/featurizer';
import { REPLIES, replyFor } from '../src/domain/replies';
import { messageSentiment } from '../src/domain/sentiment';
import { wordAttributions } from '../src/domain/word-attributions';

const LABELS = ['a', 'b', 'oos'];

describe('featurizer', () => {
  it('numbers the training n-grams by document frequency and pads with 0', () => {
    const f = fitFeaturizer(['hello world', 'hello there'], { wordNgrams: [1, 1], charNgrams: null, minDf: 1, maxFeatures: 100, maxTokens: 4 });
    // hello (df 2) first, then there and world (df 1) alphabetically; ids start at 1.
    expect(f.vocab.terms).toEqual(['w:hello', 'w:there', 'w:world']);
    expect(vocabularySize(f)).toBe(4);
    expect(textIds(f, 'World, hello unknown!')).toEqual([3, 1, 0, 0]);
  });

  it('adds word bigrams and character n-grams, truncating to maxTokens', () => {
    const f = fitFeaturizer(['ab cd'], { wordNgrams: [1, 2], charNgrams: [3, 3], minDf: 1, maxFeatures: 100, maxTokens: 3 });
    // w:ab, w:cd, w:ab cd, c: ab, c:ab , c: cd, c:cd  (each df 1, sorted alphabetically after df)
    expect(f.vocab.terms).toHaveLength(7);
    expect(textIds(f, 'ab cd').filter((id) => id > 0)).toHaveLength(3);
  });
});

describe('decisions', () => {
  const knobs = { threshold: 0.4, margin: 0.1 };
  it('answers, clarifies or falls back as the knobs say', () => {
    expect(decide([0.5, 0.3, 0.2], LABELS, 'oos', knobs)).toMatchObject({ kind: 'answer', intent: 'a', confidence: 0.5, oosProbability: 0.2 });
    expect(decide([0.5, 0.3, 0.2], LABELS, 'oos', knobs).margin).toBeCloseTo(0.2, 10);
    expect(decide([0.5, 0.3, 0.2], LABELS, 'oos', { ...knobs, margin: 0.25 }).kind).toBe('clarify');
    expect(decide([0.5, 0.3, 0.2], LABELS, 'oos', { ...knobs, threshold: 0.6 }).kind).toBe('out-of-scope');
    // The out-of-scope class beating every intent is out of scope at any threshold.
    expect(decide([0.3, 0.1, 0.6], LABELS, 'oos', { threshold: 0, margin: 0 }).kind).toBe('out-of-scope');
    expect(decide([0.3, 0.1, 0.6], LABELS, 'oos', { threshold: 0, margin: 0 }).top.map((t) => t.intent)).toEqual(['a', 'b']);
  });

  // Four messages: right and sure; wrong and sure; right but close; out of scope and unsure.
  const cases: KnobCases = { best: [0.9, 0.8, 0.5, 0.3], second: [0.05, 0.1, 0.45, 0.2], oos: [0.05, 0.1, 0.05, 0.5], bestCorrect: [1, 0, 1, 0], isOos: [0, 0, 0, 1] };

  it('computes containment, wrong answers and recall by hand', () => {
    // threshold 0: message 4 is caught by the oos class (0.5 > 0.3); 3 answered: 1 wrong.
    expect(knobOutcome(cases, { threshold: 0, margin: 0 })).toMatchObject({ containment: 3 / 4, wrongAnswer: 1 / 4, clarified: 0, oosRecall: 1, inScopeAccuracy: 2 / 3 });
    // margin 0.1: message 3 (gap 0.05) gets a question, not an answer.
    expect(knobOutcome(cases, { threshold: 0, margin: 0.1 })).toMatchObject({ containment: 2 / 4, wrongAnswer: 1 / 4, clarified: 1 / 4 });
    // threshold 0.85: only message 1 is answered.
    expect(knobOutcome(cases, { threshold: 0.85, margin: 0 })).toMatchObject({ containment: 1 / 4, wrongAnswer: 0, inScopeAccuracy: 1 / 3 });
  });

  it('picks the highest threshold within half a point of validation accuracy', () => {
    // 200 in-scope right at 0.9, one right at 0.35 (0.5 % of 201 is above 1/201), and 10 out-of-scope at 0.3-0.39.
    const n = 211;
    const v: KnobCases = { best: [], second: [], oos: [], bestCorrect: [], isOos: [] };
    for (let i = 0; i < n; i++) {
      const oos = i >= 201;
      v.best.push(i < 200 ? 0.9 : i === 200 ? 0.35 : 0.3 + (i - 201) / 100);
      v.second.push(0);
      v.oos.push(0);
      v.bestCorrect.push(oos ? 0 : 1);
      v.isOos.push(oos ? 1 : 0);
    }
    const chosen = chooseThreshold(v);
    // Losing the 0.35 message costs 1/201 = 0.4975 points of accuracy (allowed); 0.9 would cost everything.
    expect(chosen.threshold).toBe(0.9);
    expect(chosen.validation.inScopeAccuracy).toBeCloseTo(200 / 201, 10);
    expect(chosen.validation.oosRecall).toBe(1);
  });
});

describe('word attributions', () => {
  it('shares n-gram attributions out to their words', () => {
    const out = wordAttributions(['a', 'b'], [
      { term: 'w:a', attribution: 1 },
      { term: 'w:a b', attribution: 0.5 },
      { term: 'c: a', attribution: 0.3 },
      { term: 'c:zz', attribution: 9 },
    ]);
    expect(out.map((w) => w.attribution)).toEqual([1 + 0.25 + 0.3, 0.25]);
  });
});

describe('dialogue', () => {
  const calm = messageSentiment('thanks, please block my card');
  const answer = decide([0.7, 0.2, 0.1], ['freeze_account', 'transfer', 'oos'], 'oos', { threshold: 0.3, margin: 0.1 });
  it('replies with the intent, asks, falls back or escalates', () => {
    expect(calm.veryNegative).toBe(false);
    expect(botTurn(answer, calm)).toMatchObject({ kind: 'answer', text: REPLIES.freeze_account, handoffReason: null });
    const clarify = decide([0.45, 0.4, 0.15], ['freeze_account', 'transfer', 'oos'], 'oos', { threshold: 0.3, margin: 0.1 });
    expect(botTurn(clarify, calm)).toMatchObject({ kind: 'clarify', choices: ['freeze_account', 'transfer'], text: 'Do you want to freeze account or transfer?' });
    const oos = decide([0.2, 0.1, 0.7], ['freeze_account', 'transfer', 'oos'], 'oos', { threshold: 0.3, margin: 0.1 });
    expect(botTurn(oos, calm)).toMatchObject({ kind: 'fallback', handoffReason: 'out-of-scope' });
    const angry = messageSentiment('this is terrible, i hate this stupid bank');
    expect(angry.score).toBeLessThanOrEqual(-5);
    // "lost" alone (AFINN -3) is a lost-card report, not anger.
    expect(messageSentiment("i lost my card").veryNegative).toBe(false);
    expect(botTurn(answer, angry)).toMatchObject({ kind: 'escalate', handoffReason: 'negative-sentiment' });
  });

  it('has a reply for each of the 150 CLINC150 intents, and a generic one for others', () => {
    expect(Object.keys(REPLIES)).toHaveLength(150);
    expect(new Set(Object.values(REPLIES)).size).toBe(150);
    expect(replyFor('track_parcel')).toBe('I can help with "track parcel". A member of the team will follow up on the details.');
    expect(replyFor('balance', true)).toMatch(/^I can help with "balance"/);
  });
});

describe('custom intents', () => {
  it('reads JSON objects or pairs, and finds the CSV columns', () => {
    expect(rowsFromJson([{ utterance: 'hi', label: 'greet' }, ['bye', 'leave']])).toEqual([
      { text: 'hi', intent: 'greet' },
      { text: 'bye', intent: 'leave' },
    ]);
    expect(() => rowsFromJson({ rows: [] })).toThrow(/array/);
    expect(csvColumns(['id', 'Intent', 'Text'])).toEqual({ text: 2, intent: 1 });
    expect(() => csvColumns(['a', 'b'])).toThrow(/text column/);
  });

  it('splits 80/10/10 per intent and treats "oos" as out of scope', () => {
    const rows = ['greet', 'leave', 'oos'].flatMap((intent) => Array.from({ length: 10 }, (_, i) => ({ text: `${intent} example ${i}`, intent })));
    const data = customIntentData(rows, { seed: 's', name: 'mine.csv' });
    expect(data.labels).toEqual(['greet', 'leave', 'oos']);
    expect(data.oosLabel).toBe('oos');
    for (const intent of data.labels) {
      const mine = data.examples.filter((e) => e.intent === intent);
      expect(mine.filter((e) => e.split === 'train')).toHaveLength(8);
      expect(mine.filter((e) => e.split === 'test')).toHaveLength(1);
    }
    expect(() => customIntentData(rows.slice(0, 24), { seed: 's', name: 'x' })).toThrow(/at least 5 .*oos \(4\)/);
  });
});
