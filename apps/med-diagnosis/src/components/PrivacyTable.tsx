// The privacy table: AUC of centralized, federated and federated-dp at each epsilon, with the
// accountant's epsilon, on both tasks (the newest succeeded run of each configuration).
import type { PrivacyRow } from '../server/page-data';
import { TASK_IDS, TASKS } from '../domain/tasks';

const ORDER = ['logistic', 'mlp', 'federated', 'federated-dp-eps8', 'federated-dp', 'federated-dp-eps1'];

export function PrivacyTable({ rows }: { rows: PrivacyRow[] }) {
  return (
    <section data-testid="privacy-table">
      <h2 className="font-semibold">What privacy costs (5-fold CV ROC AUC)</h2>
      <table className="mt-2 text-sm">
        <thead>
          <tr>
            <th className="pr-4 text-left">Configuration</th>
            {TASK_IDS.map((t) => (
              <th key={t} className="pr-4 text-left">{TASKS[t].name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ORDER.map((base) => (
            <tr key={base}>
              <td className="pr-4">{base.replace('federated-dp-eps', 'federated-dp, epsilon ').replace(/^federated-dp$/, 'federated-dp, epsilon 3')}</td>
              {TASK_IDS.map((t) => {
                const name = t === 'pima' ? base : `wdbc-${base}`;
                const row = rows.find((r) => r.config === name);
                return (
                  <td key={t} className="pr-4">
                    {row?.auc == null ? <code>npx nx run med-diagnosis:train --config {name}</code> : `${row.auc.toFixed(3)}${row.epsilon == null ? '' : ` (accountant epsilon ${row.epsilon.toFixed(2)}, delta 1e-5)`}`}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
