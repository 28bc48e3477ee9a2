import type { WhatIfAnswer } from '../../domain/what-if';
import { percent } from '../format';

/** The smallest change to one or two editable fields that flips the decision. */
export function WhatIfNote({ answer }: { answer: WhatIfAnswer | null }) {
  if (!answer) return null;
  const target = answer.approved ? 'decline' : 'approval';
  return (
    <section aria-labelledby="what-if-title" className="grid gap-2 rounded-xl bg-slate-50 p-4 dark:bg-slate-900">
      <h3 id="what-if-title" className="font-semibold">
        What would change the decision
      </h3>
      {answer.best ? (
        <div data-testid="what-if">
          <p>
            The smallest change found that leads to {target} (PD {percent(answer.best.pd)} against the {percent(answer.cutoff)} cutoff):
          </p>
          <ul className="mt-1 list-disc pl-5">
            {answer.best.changes.map((c) => (
              <li key={c.field}>{c.text}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p data-testid="what-if">
          No change to one or two of the editable fields (latest repayment status, payment, balance, credit limit) within the steps tried leads to {target}.
        </p>
      )}
      <p className="text-xs text-slate-500">{answer.candidatesScored} variations of this application were scored.</p>
    </section>
  );
}
