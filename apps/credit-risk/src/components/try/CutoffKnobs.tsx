'use client';
import { RocChart } from '@atlas/ui';
import { useId } from 'react';
import { defaultsPer1000, mostProfitableCutoff, pointAt, profitPer1000, type CutoffPoint, type LoanEconomics } from '../../domain/cutoff';
import { integer, ntd, percent } from '../format';

export interface CutoffKnobsProps {
  curve: CutoffPoint[];
  roc: { fpr: number; tpr: number }[];
  auc: number;
  cutoff: number;
  onCutoff: (cutoff: number) => void;
  economics: LoanEconomics;
  onEconomics: (economics: LoanEconomics) => void;
}

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

/** The approval cutoff and loan economics, with what they do to the book (test-set figures). */
export function CutoffKnobs({ curve, roc, auc, cutoff, onCutoff, economics, onEconomics }: CutoffKnobsProps) {
  const sliderId = useId();
  const at = pointAt(curve, cutoff);
  const best = mostProfitableCutoff(curve, economics);
  const money = (key: keyof LoanEconomics, label: string) => (
    <label className="grid gap-1 text-sm">
      {label}
      <input
        type="number"
        min={0}
        step={500}
        value={economics[key]}
        onChange={(e) => onEconomics({ ...economics, [key]: Math.max(0, Number(e.target.value) || 0) })}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 tabular-nums dark:border-slate-700 dark:bg-slate-900"
      />
    </label>
  );
  return (
    <section aria-labelledby="knobs-title" className="grid gap-4">
      <h2 id="knobs-title" className="text-xl font-semibold">
        The approval cutoff
      </h2>
      <div className="grid gap-1">
        <label htmlFor={sliderId} className="font-medium">
          Approve when the probability of default is below <span data-testid="cutoff-value">{percent(cutoff, 0)}</span>
        </label>
        <input
          id={sliderId}
          type="range"
          min={0.02}
          max={0.8}
          step={0.01}
          value={cutoff}
          onChange={(e) => onCutoff(Number(e.target.value))}
          aria-valuetext={`${percent(cutoff, 0)} probability of default`}
        />
      </div>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Figure label="Approval rate" value={percent(at.approvalRate)} testId="approval-rate" />
        <Figure label="Bad rate among approved" value={percent(at.badRateApproved)} testId="bad-rate" />
        <Figure label="Defaults per 1,000 applications" value={integer(defaultsPer1000(at))} testId="defaults-per-1000" />
        <Figure label="Expected profit per 1,000 applications" value={ntd(profitPer1000(at, economics))} testId="profit-per-1000" />
      </dl>
      <div className="grid gap-3 sm:grid-cols-2">
        {money('interestOnGood', 'Interest earned on a loan that is repaid (NT$)')}
        {money('lossOnDefault', 'Loss on a loan that defaults (NT$)')}
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        With these economics the most profitable cutoff is {percent(best.cutoff, 0)} ({ntd(profitPer1000(best, economics))} per 1,000 applications, approval rate{' '}
        {percent(best.approvalRate)}).{' '}
        <button type="button" className="underline" onClick={() => onCutoff(best.cutoff)}>
          Use it
        </button>
        . Figures are measured on the held-out test set.
      </p>
      <RocChart points={roc} auc={auc} operatingPoint={at.tpr !== null && at.fpr !== null ? { tpr: at.tpr, fpr: at.fpr, threshold: at.cutoff, label: 'declines at this cutoff' } : null} height={260} />
    </section>
  );
}
