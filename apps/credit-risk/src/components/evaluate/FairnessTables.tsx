import { ATTRIBUTE_LABELS, FOUR_FIFTHS, type FairnessTable } from '../../domain/fairness';
import { fixed, percent } from '../format';

function OneTable({ table, caption }: { table: FairnessTable; caption: string }) {
  return (
    <table className="w-full text-sm tabular-nums [&_td]:py-1 [&_td]:pr-3 [&_th]:pr-3">
      <caption className="mb-1 text-left font-medium">{caption}</caption>
      <thead>
        <tr className="text-left text-slate-500">
          <th scope="col">Group</th>
          <th scope="col">Clients</th>
          <th scope="col">Approved</th>
          <th scope="col">Default rate</th>
          <th scope="col">Mean PD</th>
          <th scope="col" title="Defaulters declined">
            TPR
          </th>
          <th scope="col" title="Good payers declined">
            FPR
          </th>
          <th scope="col">Disparate impact</th>
        </tr>
      </thead>
      <tbody>
        {table.groups.map((g) => (
          <tr key={g.group} className="border-t border-slate-100 dark:border-slate-800">
            <th scope="row" className="text-left font-normal">
              {g.group}
            </th>
            <td>{g.count.toLocaleString('en-US')}</td>
            <td>{percent(g.approvalRate)}</td>
            <td>{percent(g.defaultRate)}</td>
            <td>{percent(g.meanPd)}</td>
            <td>{percent(g.tpr)}</td>
            <td>{percent(g.fpr)}</td>
            <td className={g.flagged ? 'font-semibold text-red-700 dark:text-red-400' : ''}>
              {fixed(g.disparateImpact, 2)}
              {g.flagged ? ' below 4/5' : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Outcomes by group for each model side by side, attribute by attribute. */
export function FairnessTables({ models }: { models: { name: string; tables: FairnessTable[] }[] }) {
  const attributes = models[0]?.tables.map((t) => t.attribute) ?? [];
  return (
    <div className="grid gap-6">
      <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">
        At each model&apos;s default cutoff on the test set. TPR: share of the group&apos;s defaulters declined; FPR: share of its good payers declined. Disparate
        impact: the group&apos;s approval rate over the most-approved group&apos;s; below {FOUR_FIFTHS} fails the four-fifths rule. Mean PD against the default
        rate shows calibration within the group.
      </p>
      {attributes.map((attribute) => (
        <section key={attribute} aria-label={`Fairness by ${ATTRIBUTE_LABELS[attribute]}`} className="grid gap-4 lg:grid-cols-2">
          {models.map((m) => {
            const table = m.tables.find((t) => t.attribute === attribute);
            return table ? <OneTable key={m.name} table={table} caption={`${m.name}: by ${ATTRIBUTE_LABELS[attribute].toLowerCase()}`} /> : null;
          })}
        </section>
      ))}
    </div>
  );
}
