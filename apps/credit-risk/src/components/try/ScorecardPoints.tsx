import type { ScorecardPointsView } from '../../domain/explain-response';
import { percent } from '../format';

const NAMES: Record<string, string> = {
  LIMIT_BAL: 'Credit limit',
  EDUCATION: 'Education',
  PAY_0: 'Repayment status, September',
  PAY_2: 'Repayment status, August',
  PAY_3: 'Repayment status, July',
  PAY_4: 'Repayment status, June',
  PAY_5: 'Repayment status, May',
  PAY_6: 'Repayment status, April',
  BILL_AMT1: 'Bill, September',
  PAY_AMT1: 'Paid, September',
  PAY_AMT2: 'Paid, August',
  PAY_AMT3: 'Paid, July',
  PAY_AMT4: 'Paid, June',
  PAY_AMT5: 'Paid, May',
  PAY_AMT6: 'Paid, April',
  utilization_1: 'Share of the limit used',
  utilization_mean: 'Average share of the limit used',
  payment_ratio_mean: 'Average share of each bill paid',
  months_late: 'Months late (of 6)',
  worst_delay: 'Worst delay (months)',
  months_since_late: 'Months since the last late payment',
  paid_over_limit: 'Paid in 6 months over the limit',
};

export function characteristicName(column: string): string {
  return NAMES[column] ?? column;
}

/** The scorecard's points for this application, line by line. */
export function ScorecardPoints({ points }: { points: ScorecardPointsView | null }) {
  if (!points) {
    return <p className="text-sm text-slate-500">No scorecard is trained yet: run npx nx run credit-risk:train --config scorecard to see the points line by line.</p>;
  }
  return (
    <details className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <summary className="cursor-pointer font-semibold">
        Scorecard: {Math.round(points.score)} points (PD {percent(points.pd)}), line by line
      </summary>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
        {points.base.score} points mean odds of {points.base.odds}:1 against default; every {points.base.pdo} points double the odds. Points are summed; the
        total maps back to a probability.
      </p>
      <table className="mt-2 w-full text-sm [&_td]:py-1 [&_td]:pr-3 [&_th]:pr-3">
        <thead>
          <tr className="text-left text-slate-500">
            <th scope="col">Characteristic</th>
            <th scope="col">This application</th>
            <th scope="col" className="text-right">
              Points
            </th>
            <th scope="col" className="text-right">
              Short of best
            </th>
          </tr>
        </thead>
        <tbody>
          {points.lines.map((l) => (
            <tr key={l.column} className="border-t border-slate-100 dark:border-slate-800">
              <th scope="row" className="py-1 text-left font-normal">
                {characteristicName(l.column)}
              </th>
              <td>{l.attribute}</td>
              <td className="text-right tabular-nums">{Math.round(l.points)}</td>
              <td className="text-right tabular-nums">{Math.round(l.shortfall)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
