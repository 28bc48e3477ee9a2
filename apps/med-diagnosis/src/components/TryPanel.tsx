'use client';
// The Try page: a patient form with units and reference ranges, the calibrated risk with its
// interval and the contributing factors, and the decision knobs (threshold, prevalence).
import { ThresholdChart } from '@atlas/ui';
import { useMemo, useState } from 'react';
import { decisionCurve, predictiveValues } from '../domain/clinical';
import type { RawFeatures } from '../domain/features';
import type { FeatureSpec } from '../domain/tasks';
import { BrowserInference } from './try/BrowserInference';

export interface TryPanelProps {
  task: 'pima' | 'wdbc';
  features: (FeatureSpec & { typical: string; example: number | null })[];
  thresholds: { threshold: number; sensitivity: number; specificity: number }[];
  prevalence: number;
  positiveLabel: string;
}

interface Answer {
  risk: number;
  interval: { low: number; high: number; method: string };
  imputed: { feature: string; label: string; value: number }[];
  factors: { feature: string; label: string; contribution: number; direction: string; imputed: boolean }[];
  latencyMs: number;
  runId: string;
}

const pct = (v: number | null | undefined, d = 1) => (v === null || v === undefined ? '-' : `${(v * 100).toFixed(d)}%`);

export function TryPanel({ task, features, thresholds, prevalence: cohortPrevalence, positiveLabel }: TryPanelProps) {
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(features.filter((f) => f.onForm).map((f) => [f.name, f.example === null ? '' : String(f.example)])));
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [scored, setScored] = useState<RawFeatures | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [threshold, setThreshold] = useState(0.5);
  const [prevalence, setPrevalence] = useState(cohortPrevalence);

  const point = useMemo(() => thresholds.reduce((b, p) => (Math.abs(p.threshold - threshold) < Math.abs(b.threshold - threshold) ? p : b), thresholds[0]), [thresholds, threshold]);
  const pv = predictiveValues(point, prevalence);
  const curve = useMemo(
    () =>
      decisionCurve(thresholds, prevalence, -0.05).map((d) => {
        // decisionCurve keeps the operating points' own thresholds, so every one is found.
        const p = thresholds.find((t) => t.threshold === d.threshold) as TryPanelProps['thresholds'][number];
        return { ...d, sensitivity: p.sensitivity, specificity: p.specificity, ...predictiveValues(p, prevalence) };
      }),
    [thresholds, prevalence],
  );

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    const patient = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim() === '' ? null : Number(v)]));
    const res = await fetch('/api/explain', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ task, patient, threshold }) });
    const body = await res.json();
    if (!res.ok) setError(body.message ?? body.error ?? `error ${res.status}`);
    else {
      setAnswer(body as Answer);
      setScored(patient);
    }
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form onSubmit={submit} aria-label="Patient" className="space-y-2">
        <h2 className="text-lg font-semibold">Patient</h2>
        <p className="text-sm text-gray-600">Leave a field empty if it was not measured: it is filled with the training median and the answer says so.</p>
        {features.filter((f) => f.onForm).map((f) => (
          <label key={f.name} className="grid grid-cols-[1fr_8rem] items-center gap-2 text-sm">
            <span>
              {f.label} <span className="text-gray-500">({f.unit})</span>
              <br />
              <span className="text-xs text-gray-500">{f.normal ? `normal: ${f.normal.text}` : `typical: ${f.typical}`}</span>
            </span>
            <input name={f.name} inputMode="decimal" aria-label={f.label} className="rounded border px-2 py-1" value={values[f.name] ?? ''} onChange={(e) => setValues({ ...values, [f.name]: e.target.value })} />
          </label>
        ))}
        <button type="submit" className="rounded bg-blue-600 px-4 py-2 text-white">Estimate risk</button>
        {error && <p role="alert" className="text-red-700">{error}</p>}
      </form>
      <section aria-label="Result" className="space-y-4">
        {answer && (
          <div data-testid="risk-result" className="rounded border p-4">
            <p className="text-2xl font-bold">
              Risk of {positiveLabel}: <span data-testid="risk-value">{pct(answer.risk)}</span>
            </p>
            <p className="text-sm">95% interval {pct(answer.interval.low)} - {pct(answer.interval.high)} <span className="text-gray-500">({answer.interval.method})</span></p>
            <p className="text-sm">{answer.risk >= threshold ? `Above the threshold (${pct(threshold, 0)}): flag for work-up` : `Below the threshold (${pct(threshold, 0)})`}</p>
            {answer.imputed.length > 0 && (
              <p className="text-sm text-amber-700" data-testid="imputed-note">
                Not measured, filled with the training median: {answer.imputed.map((i) => `${i.label} (${Number(i.value.toFixed(2))})`).join(', ')}.
              </p>
            )}
            <h3 className="mt-2 font-semibold">Top contributing factors</h3>
            <ul data-testid="factors" className="text-sm">
              {answer.factors.map((f) => (
                <li key={f.feature}>
                  {f.label}: {f.direction} ({f.contribution >= 0 ? '+' : ''}{(f.contribution * 100).toFixed(1)} points){f.imputed ? ', imputed' : ''}
                </li>
              ))}
            </ul>
            <p className="text-xs text-gray-500">server latency {answer.latencyMs.toFixed(1)} ms, run {answer.runId}</p>
          </div>
        )}
        <BrowserInference task={task} runId={answer?.runId ?? null} patient={scored} />
        <div className="rounded border p-4">
          <h2 className="text-lg font-semibold">Decision knobs</h2>
          <label className="block text-sm">
            Decision threshold: <strong data-testid="threshold-value">{pct(threshold, 0)}</strong>
            <input type="range" aria-label="Decision threshold" min={0.02} max={0.9} step={0.01} value={threshold} onChange={(e) => setThreshold(Number(e.target.value))} className="w-full" />
          </label>
          <label className="block text-sm">
            Prevalence in your population: <strong>{pct(prevalence, 0)}</strong> (cohort: {pct(cohortPrevalence, 0)})
            <input type="range" aria-label="Prevalence" min={0.01} max={0.6} step={0.01} value={prevalence} onChange={(e) => setPrevalence(Number(e.target.value))} className="w-full" />
          </label>
          <dl className="mt-2 grid grid-cols-4 gap-2 text-center text-sm" data-testid="knob-numbers">
            <div><dt>Sensitivity</dt><dd data-testid="sensitivity">{pct(point.sensitivity)}</dd></div>
            <div><dt>Specificity</dt><dd data-testid="specificity">{pct(point.specificity)}</dd></div>
            <div><dt>PPV</dt><dd data-testid="ppv">{pct(pv.ppv)}</dd></div>
            <div><dt>NPV</dt><dd data-testid="npv">{pct(pv.npv)}</dd></div>
          </dl>
          <p className="text-xs text-gray-600">Sensitivity and specificity come from cross-validation; PPV and NPV are recomputed by Bayes' rule for the prevalence you set: the same test has a far lower PPV in a low-prevalence screening population.</p>
        </div>
        <ThresholdChart points={curve} series={[{ key: 'sensitivity', label: 'Sensitivity' }, { key: 'specificity', label: 'Specificity' }, { key: 'ppv', label: 'PPV' }, { key: 'npv', label: 'NPV' }]} cursor={threshold} onCursorChange={setThreshold} yDomain={[0, 1]} />
        <h3 className="font-semibold">Decision curve (net benefit)</h3>
        <ThresholdChart points={curve} series={[{ key: 'netBenefit', label: 'Model' }, { key: 'treatAll', label: 'Treat all' }, { key: 'treatNone', label: 'Treat none' }]} cursor={threshold} yDomain="auto" />
      </section>
    </div>
  );
}
