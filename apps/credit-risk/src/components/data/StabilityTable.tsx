import { MIN_MONITORED, type PsiResult } from '../../domain/monitoring';
import { fixed } from '../format';

const LEVEL_TEXT = { stable: 'stable (below 0.1)', moderate: 'moderate shift (0.1 to 0.25)', major: 'major shift (above 0.25)' } as const;
const LEVEL_CLASS = { stable: 'text-emerald-700 dark:text-emerald-400', moderate: 'text-amber-700 dark:text-amber-400', major: 'font-semibold text-red-700 dark:text-red-400' } as const;

/** Population stability of the applications scored since training, against the training data. */
export function StabilityTable({ scored, results }: { scored: number; results: PsiResult[] }) {
  if (scored === 0) {
    return <p data-testid="psi-empty">No applications have been scored by the active model yet. Score some on the Try page or through POST /api/predict.</p>;
  }
  return (
    <div className="grid gap-2">
      <p className="text-sm">
        {scored.toLocaleString("en-US")} distinct applications scored since training (among the latest 1,000 logged predictions).
        {scored < MIN_MONITORED ? ` Fewer than ${MIN_MONITORED}: read the index as indicative only.` : ''}
      </p>
      <table className="w-full max-w-2xl text-sm tabular-nums [&_td]:py-1 [&_td]:pr-3 [&_th]:pr-3" aria-label="Population stability index">
        <thead>
          <tr className="text-left text-slate-500">
            <th scope="col">Quantity</th>
            <th scope="col">PSI</th>
            <th scope="col">Reading</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.name} className="border-t border-slate-100 dark:border-slate-800">
              <th scope="row" className="text-left font-normal">
                {r.label}
              </th>
              <td>{fixed(r.psi, 3)}</td>
              <td className={LEVEL_CLASS[r.level]}>{LEVEL_TEXT[r.level]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-slate-500">
        PSI = Σ (actual share − training share) × ln(actual share / training share) over the training deciles. Logged inputs are coarsened (age in five-year
        bands, amounts to NT$ 1,000), which by itself moves the index slightly.
      </p>
    </div>
  );
}
