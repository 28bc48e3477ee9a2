import { formatBytes, formatInteger, formatNumber } from '@atlas/ui';
import { CONFIG_NAMES, CONFIGS, type ConfigName } from '../../domain/configs';
import type { ConfigRun } from '../../server/page-data';

/** One row per configuration: the figures of the configuration table in the README. */
export function ConfigTable({ byConfig }: { byConfig: Partial<Record<ConfigName, ConfigRun>> }) {
  const classes = Object.values(byConfig).find(Boolean)?.metrics.classes ?? [];
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="config-table">
        <thead>
          <tr className="border-b text-left">
            <th className="p-2">Configuration</th>
            <th className="p-2 text-right">mAP@0.5 (95% CI)</th>
            <th className="p-2 text-right">mAP@0.5:0.95</th>
            {classes.map((c) => (
              <th key={c} className="p-2 text-right">
                AP@0.5 {c}
              </th>
            ))}
            <th className="p-2 text-right">Training</th>
            <th className="p-2 text-right">Parameters</th>
            <th className="p-2 text-right">Weights</th>
            <th className="p-2 text-right">Server p50</th>
          </tr>
        </thead>
        <tbody>
          {CONFIG_NAMES.map((name) => {
            const e = byConfig[name];
            const m = e?.metrics;
            return (
              <tr key={name} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="p-2 text-left font-medium">
                  {CONFIGS[name].title}
                  {e?.run.active ? <span className="ml-2 rounded bg-emerald-100 px-1 text-xs text-emerald-900">active</span> : null}
                </th>
                {m ? (
                  <>
                    <td className="p-2 text-right">
                      {formatNumber(m.test.map50.estimate)} ({formatNumber(m.test.map50.lower, 2)}–{formatNumber(m.test.map50.upper, 2)})
                    </td>
                    <td className="p-2 text-right">{formatNumber(m.test.map.estimate)}</td>
                    {classes.map((c) => (
                      <td key={c} className="p-2 text-right">
                        {formatNumber(m.test.perClass.find((p) => p.name === c)?.ap50 ?? null, 2)}
                      </td>
                    ))}
                    <td className="p-2 text-right">{Math.round(m.training.seconds)} s</td>
                    <td className="p-2 text-right">{formatInteger(m.size.parameters)}</td>
                    <td className="p-2 text-right">{formatBytes(m.size.bytes)}</td>
                    <td className="p-2 text-right">{m.latency.server.p50Ms.toFixed(1)} ms</td>
                  </>
                ) : (
                  <td className="p-2 text-slate-500" colSpan={6 + classes.length}>
                    not trained yet: npx nx run vision-detect:train --config {name}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
