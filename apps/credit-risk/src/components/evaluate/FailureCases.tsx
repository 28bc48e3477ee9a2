import type { FailureCase } from '../../domain/failure-cases';
import { formatFieldValue, type CreditFeature } from '../../domain/fields';
import { percent } from '../format';

const SHOWN: CreditFeature[] = ['LIMIT_BAL', 'AGE', 'PAY_0', 'PAY_2', 'BILL_AMT1', 'PAY_AMT1'];

/** Real test-set clients the model got most wrong, with the reasons it gave. */
export function FailureCases({ cases, taiwan }: { cases: FailureCase[]; taiwan: boolean }) {
  const section = (kind: FailureCase['kind'], title: string, text: string) => (
    <section className="grid gap-2">
      <h3 className="font-semibold">{title}</h3>
      <p className="text-sm text-slate-600 dark:text-slate-300">{text}</p>
      <ul className="grid gap-2">
        {cases
          .filter((c) => c.kind === kind)
          .map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800">
              <p className="font-medium">
                Client {c.id}: PD {percent(c.pd)}, {c.label === 1 ? 'defaulted' : 'repaid'}
              </p>
              {taiwan ? (
                <p className="text-slate-600 dark:text-slate-300">
                  {SHOWN.map((f) => `${f}: ${formatFieldValue(f, Number(c.application[f]))}`).join(' · ')}
                </p>
              ) : null}
              <p className="text-slate-600 dark:text-slate-300">Reasons given: {c.reasons.length ? c.reasons.map((r) => r.text).join('; ') : 'none toward default'}</p>
            </li>
          ))}
      </ul>
    </section>
  );
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {section('approved-defaulted', 'Approved, then defaulted', 'The defaulters with the lowest predicted risk: nothing in six months of statements warned of them.')}
      {section('declined-repaid', 'Declined, though they repaid', 'The good payers with the highest predicted risk: a history of late payments that did not end in default.')}
    </div>
  );
}
