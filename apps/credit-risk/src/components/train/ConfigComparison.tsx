import { CONFIG_NAMES, CONFIGS, type ConfigName } from '../../domain/configs';
import type { ConfigRun } from '../../server/page-data';
import { fixed, integer } from '../format';

/** The three configurations side by side: quality with its interval, calibration, cost and speed. */
export function ConfigComparison({ byConfig }: { byConfig: Partial<Record<ConfigName, ConfigRun>> }) {
  const order: ConfigName[] = ['scorecard', 'mlp', 'mlp-no-protected'].filter((n) => (CONFIG_NAMES as readonly string[]).includes(n)) as ConfigName[];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm tabular-nums [&_td]:py-1 [&_td]:pr-3 [&_th]:pr-3" aria-label="Configurations compared">
        <thead>
          <tr className="text-left text-slate-500">
            <th scope="col">Configuration</th>
            <th scope="col">ROC AUC (CV mean)</th>
            <th scope="col">95% CI</th>
            <th scope="col">Test AUC</th>
            <th scope="col">KS</th>
            <th scope="col">ECE</th>
            <th scope="col">Brier</th>
            <th scope="col">Training</th>
            <th scope="col">Parameters</th>
            <th scope="col">Server p50 / p99</th>
            <th scope="col">Run</th>
          </tr>
        </thead>
        <tbody>
          {order.map((name) => {
            const entry = byConfig[name];
            if (!entry) {
              return (
                <tr key={name} className="border-t border-slate-100 dark:border-slate-800">
                  <th scope="row" className="text-left font-medium">
                    {CONFIGS[name].title}
                  </th>
                  <td colSpan={10} className="text-slate-500">
                    not trained yet: npx nx run credit-risk:train --config {name}
                  </td>
                </tr>
              );
            }
            const m = entry.metrics;
            const cv = m.crossValidation;
            return (
              <tr key={name} className="border-t border-slate-100 dark:border-slate-800">
                <th scope="row" className="text-left font-medium">
                  {CONFIGS[name].title}
                  <span className="block text-xs font-normal text-slate-500">{name}</span>
                </th>
                <td>{cv ? `${fixed(cv.mean.auc, 4)} ± ${fixed(cv.aucStd, 4)}` : '—'}</td>
                <td>{cv ? `${fixed(cv.pooledAuc.lower)} – ${fixed(cv.pooledAuc.upper)}` : `${fixed(m.test.auc.lower)} – ${fixed(m.test.auc.upper)}`}</td>
                <td>{fixed(m.test.auc.estimate, 4)}</td>
                <td>{fixed(cv ? cv.mean.ks : m.test.ks.statistic)}</td>
                <td>{fixed(cv ? cv.mean.ece : m.test.ece, 4)}</td>
                <td>{fixed(cv ? cv.mean.brier : m.test.brier, 4)}</td>
                <td>{m.training.seconds.toFixed(0)} s</td>
                <td>{integer(m.size.parameters)}</td>
                <td>
                  {m.latency.server.p50Ms.toFixed(2)} / {m.latency.server.p99Ms.toFixed(2)} ms
                </td>
                <td className="text-xs">
                  {entry.run.id}
                  {entry.run.active ? ' (active)' : ''}
                  {entry.run.isSample ? ' sample data' : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
