import type { CrossValidation } from '../../domain/cross-validate';
import { fixed } from '../format';

/** Each cross-validation fold's scores, and their mean. */
export function FoldTable({ cv }: { cv: CrossValidation }) {
  return (
    <table className="w-full max-w-2xl text-sm tabular-nums [&_td]:py-1 [&_td]:pr-3 [&_th]:pr-3" aria-label="Cross-validation folds">
      <thead>
        <tr className="text-left text-slate-500">
          <th scope="col">Fold</th>
          <th scope="col">Rows</th>
          <th scope="col">ROC AUC</th>
          <th scope="col">KS</th>
          <th scope="col">PR AUC</th>
          <th scope="col">Brier</th>
          <th scope="col">ECE</th>
        </tr>
      </thead>
      <tbody>
        {cv.folds.map((f) => (
          <tr key={f.fold} className="border-t border-slate-100 dark:border-slate-800">
            <th scope="row" className="text-left font-normal">
              {f.fold}
            </th>
            <td>{f.count.toLocaleString('en-US')}</td>
            <td>{fixed(f.auc, 4)}</td>
            <td>{fixed(f.ks)}</td>
            <td>{fixed(f.prAuc)}</td>
            <td>{fixed(f.brier, 4)}</td>
            <td>{fixed(f.ece, 4)}</td>
          </tr>
        ))}
        <tr className="border-t-2 border-slate-300 font-semibold dark:border-slate-600">
          <th scope="row" className="text-left">
            Mean
          </th>
          <td>{cv.folds.reduce((s, f) => s + f.count, 0).toLocaleString('en-US')}</td>
          <td>
            {fixed(cv.mean.auc, 4)} ± {fixed(cv.aucStd, 4)}
          </td>
          <td>{fixed(cv.mean.ks)}</td>
          <td>{fixed(cv.mean.prAuc)}</td>
          <td>{fixed(cv.mean.brier, 4)}</td>
          <td>{fixed(cv.mean.ece, 4)}</td>
        </tr>
      </tbody>
    </table>
  );
}
