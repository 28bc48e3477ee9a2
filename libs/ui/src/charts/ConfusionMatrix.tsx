import { formatInteger, formatPercent } from './format';

export interface ConfusionMatrixProps {
  /** Class names, in the order of the matrix rows and columns. */
  labels: string[];
  /** matrix[actual][predicted] counts (rows are true labels, as scikit-learn). */
  matrix: number[][];
  title?: string;
}

/**
 * Counts and row rates as a table (the cell colour is the share of that row's true cases): a table
 * rather than a plot, so every number can be read, copied and reached by a screen reader.
 */
export function ConfusionMatrix({ labels, matrix, title = 'Confusion matrix' }: ConfusionMatrixProps) {
  const rowTotals = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  const correct = matrix.reduce((sum, row, i) => sum + (row[i] ?? 0), 0);
  return (
    <figure className="grid gap-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="overflow-x-auto">
        <table className="border-collapse text-sm">
          <caption className="mb-2 text-left">
            <span className="block font-semibold text-slate-800 dark:text-slate-100">{title}</span>
            <span className="block text-xs text-slate-500 dark:text-slate-400">
              Rows: actual class; columns: predicted class. Each cell: count and share of the actual class. {formatInteger(correct)} of{' '}
              {formatInteger(total)} correct ({formatPercent(total ? correct / total : null)}).
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col" className="p-2 text-left text-xs font-medium text-slate-500">
                Actual \ Predicted
              </th>
              {labels.map((l) => (
                <th key={l} scope="col" className="p-2 text-center text-xs font-medium text-slate-600 dark:text-slate-300">
                  {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.map((row, i) => (
              <tr key={labels[i] ?? i}>
                <th scope="row" className="p-2 text-left text-xs font-medium text-slate-600 dark:text-slate-300">
                  {labels[i]}
                </th>
                {row.map((count, j) => {
                  const rate = rowTotals[i] ? count / rowTotals[i] : 0;
                  const diagonal = i === j;
                  // Diagonal cells (right answers) in blue, mistakes in orange; stronger = larger share.
                  const background = diagonal ? `rgba(0, 114, 178, ${0.1 + 0.8 * rate})` : `rgba(213, 94, 0, ${0.05 + 0.8 * rate})`;
                  return (
                    <td
                      key={labels[j] ?? j}
                      data-testid={`cell-${i}-${j}`}
                      className={`min-w-20 border border-white p-2 text-center dark:border-slate-900 ${rate > 0.55 ? 'text-white' : 'text-slate-900 dark:text-slate-100'}`}
                      style={{ background }}
                    >
                      <span className="block font-semibold">{formatInteger(count)}</span>
                      <span className="block text-xs">{formatPercent(rate)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
