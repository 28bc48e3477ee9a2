import type { Decision } from '../../domain/predictor';
import { percent } from '../format';

const GRADE_COLORS: Record<string, string> = {
  A: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200',
  B: 'bg-lime-100 text-lime-900 dark:bg-lime-900/40 dark:text-lime-200',
  C: 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200',
  D: 'bg-orange-100 text-orange-900 dark:bg-orange-900/40 dark:text-orange-200',
  E: 'bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-200',
};

/** Probability of default, grade, points and the decision at the current cutoff. */
export function DecisionSummary({ decision, cutoff, latencyMs, where }: { decision: Decision; cutoff: number; latencyMs: number | null; where: string }) {
  const approved = decision.pd < cutoff;
  return (
    <section aria-label="Decision" className="grid gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <div className="flex flex-wrap items-baseline gap-x-6 gap-y-2">
        <p>
          <span className="block text-xs uppercase tracking-wide text-slate-500">Probability of default</span>
          <span className="text-3xl font-semibold tabular-nums" data-testid="pd">
            {percent(decision.pd)}
          </span>
        </p>
        <p>
          <span className="block text-xs uppercase tracking-wide text-slate-500">Risk grade</span>
          <span className={`rounded-md px-2 py-0.5 text-xl font-semibold ${GRADE_COLORS[decision.grade.grade] ?? ''}`} data-testid="grade">
            {decision.grade.grade}
          </span>{' '}
          <span className="text-sm text-slate-500">{decision.grade.label}</span>
        </p>
        <p>
          <span className="block text-xs uppercase tracking-wide text-slate-500">Score</span>
          <span className="text-xl font-semibold tabular-nums" data-testid="score">
            {Math.round(decision.score)} points
          </span>
        </p>
      </div>
      <p role="status" className={`text-lg font-semibold ${approved ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400'}`} data-testid="decision">
        {approved ? 'Approve' : 'Decline'}: the probability of default is {approved ? 'below' : 'at or above'} the {percent(cutoff)} cutoff.
      </p>
      {latencyMs !== null ? (
        <p className="text-xs text-slate-500">
          Scored and explained {where} in {latencyMs.toFixed(1)} ms.
        </p>
      ) : null}
    </section>
  );
}
