'use client';
import { ThresholdChart } from '@atlas/ui';
import { useMemo } from 'react';
import { knobOutcome, type KnobCases, type Knobs } from '../../domain/decision';
import { percent } from '../format';

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
      <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/**
 * The two knobs (out-of-scope threshold, clarification margin) and what they do on the test set:
 * containment (answered by the bot) against the wrong-answer rate, recomputed live from the
 * per-message figures the run stored.
 */
export function KnobsPanel({ cases, knobs, chosen, onKnobs }: { cases: KnobCases; knobs: Knobs; chosen: Knobs; onKnobs: (k: Knobs) => void }) {
  const at = knobOutcome(cases, knobs);
  const curve = useMemo(
    () =>
      Array.from({ length: 20 }, (_, i) => Number((i * 0.05).toFixed(2))).map((threshold) => {
        const o = knobOutcome(cases, { threshold, margin: knobs.margin });
        return { threshold, containment: o.containment, wrongAnswer: o.wrongAnswer, oosRecall: o.oosRecall };
      }),
    [cases, knobs.margin],
  );
  const slider = (key: keyof Knobs, label: string, max: number, hint: string) => (
    <label className="grid gap-1 text-sm">
      <span>
        {label}: <strong className="tabular-nums" data-testid={`knob-${key}`}>{knobs[key].toFixed(2)}</strong> <span className="text-slate-500">({hint})</span>
      </span>
      <input type="range" min={0} max={max} step={0.01} value={knobs[key]} aria-label={label} onChange={(e) => onKnobs({ ...knobs, [key]: Number(e.target.value) })} />
    </label>
  );
  return (
    <section aria-labelledby="knobs-title" className="grid gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="knobs-title" className="text-lg font-semibold">
        Knobs
      </h2>
      {slider('threshold', 'Out-of-scope threshold', 0.95, `chosen on validation: ${chosen.threshold.toFixed(2)}`)}
      {slider('margin', 'Ambiguity margin', 0.5, `default ${chosen.margin.toFixed(2)}`)}
      <dl className="grid grid-cols-2 gap-2 md:grid-cols-4">
        <Figure label="Containment" value={percent(at.containment)} testId="containment" />
        <Figure label="Wrong answers" value={percent(at.wrongAnswer)} testId="wrong-answer" />
        <Figure label="Clarifying questions" value={percent(at.clarified)} testId="clarified" />
        <Figure label="Out-of-scope caught" value={percent(at.oosRecall)} testId="oos-caught" />
      </dl>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        On the {cases.best.length.toLocaleString('en-US')} test messages: containment is the share the bot answers itself; a wrong answer is an in-scope message
        answered with the wrong intent or an out-of-scope one answered at all. A higher threshold hands more to people and makes fewer mistakes.
      </p>
      <ThresholdChart
        points={curve}
        series={[
          { key: 'containment', label: 'Containment' },
          { key: 'wrongAnswer', label: 'Wrong answers' },
          { key: 'oosRecall', label: 'Out-of-scope caught' },
        ]}
        cursor={knobs.threshold}
        title="Containment and wrong answers by threshold (test set)"
        yDomain={[0, 1]}
        formatValue={(v: number) => percent(v)}
        height={220}
      />
    </section>
  );
}
