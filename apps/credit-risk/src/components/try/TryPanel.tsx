'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_ECONOMICS, type CutoffPoint, type LoanEconomics } from '../../domain/cutoff';
import type { ExplainResponse } from '../../domain/explain-response';
import type { CreditApplication } from '../../domain/features';
import { FIELDS } from '../../domain/fields';
import { PRESETS, presetApplication, type PresetName } from '../../domain/presets';
import { ApplicationForm, type FormValues } from './ApplicationForm';
import { BrowserInference, type BrowserScore } from './BrowserInference';
import { CutoffKnobs } from './CutoffKnobs';
import { DecisionSummary } from './DecisionSummary';
import { ReasonList } from './ReasonList';
import { ScorecardPoints } from './ScorecardPoints';
import { WhatIfNote } from './WhatIfNote';

export interface TryPanelProps {
  typical: CreditApplication;
  defaultCutoff: number;
  curve: CutoffPoint[];
  roc: { fpr: number; tpr: number }[];
  auc: number;
  runId: string;
}

async function explain(application: FormValues, cutoff: number): Promise<ExplainResponse> {
  const res = await fetch('/api/explain', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ application, cutoff }) });
  const body = await res.json();
  if (!res.ok) throw new Error(body.message ?? `the server answered ${res.status}`);
  return body as ExplainResponse;
}

/** The Try page: the application form, the decision with its reasons, and the cutoff knobs. */
export function TryPanel({ typical, defaultCutoff, curve, roc, auc, runId }: TryPanelProps) {
  const [values, setValues] = useState<FormValues>({ ...typical });
  const [cutoff, setCutoff] = useState(defaultCutoff);
  const [economics, setEconomics] = useState<LoanEconomics>(DEFAULT_ECONOMICS);
  const [result, setResult] = useState<ExplainResponse | null>(null);
  const [browser, setBrowser] = useState<BrowserScore | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);

  const score = useCallback(async (application: FormValues, at: number) => {
    const ticket = ++latest.current;
    setBusy(true);
    setError(null);
    try {
      const answer = await explain(application, at);
      if (ticket === latest.current) setResult(answer);
    } catch (err) {
      if (ticket === latest.current) setError(err instanceof Error ? err.message : String(err));
    } finally {
      if (ticket === latest.current) setBusy(false);
    }
  }, []);

  // The what-if depends on the cutoff: ask again once the knob rests.
  useEffect(() => {
    if (!result) return;
    const timer = setTimeout(() => void score(values, cutoff), 350);
    return () => clearTimeout(timer);
    // Only the cutoff triggers a re-score here; form edits wait for the button.
  }, [cutoff]);

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <ApplicationForm
        fields={FIELDS}
        values={values}
        onChange={(name, v) => setValues((old) => ({ ...old, [name]: v }))}
        onSubmit={() => void score(values, cutoff)}
        busy={busy}
        presets={PRESETS.map((p) => ({ name: p.name, label: p.label }))}
        onPreset={(name) => {
          const next = presetApplication(name as PresetName, typical);
          setValues(next);
          void score(next, cutoff);
        }}
      />
      <div className="grid content-start gap-6">
        {error ? (
          <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200">
            {error}
          </p>
        ) : null}
        {result ? (
          <div className="grid gap-4" aria-live="polite">
            <DecisionSummary decision={result} cutoff={cutoff} latencyMs={result.latencyMs} where="on the server" />
            <ReasonList reasons={result.reasons} method={result.method} />
            <WhatIfNote answer={result.whatIf} />
            <ScorecardPoints points={result.scorecardPoints} />
          </div>
        ) : (
          <p className="text-slate-600 dark:text-slate-300">Fill in the application (or pick a starting point) and score it to see the decision and its reasons.</p>
        )}
        <BrowserInference runId={runId} application={values} serverPd={result?.pd ?? null} serverLatencyMs={result?.scoreMs ?? null} onScore={setBrowser} score={browser} />
        <CutoffKnobs curve={curve} roc={roc} auc={auc} cutoff={cutoff} onCutoff={setCutoff} economics={economics} onEconomics={setEconomics} />
      </div>
    </div>
  );
}
