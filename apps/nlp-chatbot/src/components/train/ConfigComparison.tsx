import { CONFIG_NAMES, CONFIGS, type IntentConfigName } from '../../domain/configs';
import type { ConfigRun } from '../../server/page-data';
import { fixed, percent } from '../format';

/** The named configurations side by side: quality, cost and speed of their latest runs. */
export function ConfigComparison({ byConfig }: { byConfig: Partial<Record<IntentConfigName, ConfigRun>> }) {
  return (
    <table className="w-full text-sm" data-testid="config-comparison">
      <thead>
        <tr className="text-left">
          <th className="py-1">Configuration</th>
          <th>In-scope accuracy</th>
          <th>OOS recall</th>
          <th>Threshold</th>
          <th>Training</th>
          <th>Parameters</th>
          <th>Server p50 / p99</th>
        </tr>
      </thead>
      <tbody>
        {CONFIG_NAMES.map((name) => {
          const e = byConfig[name];
          const m = e?.metrics;
          return (
            <tr key={name} className="border-t border-slate-200 align-top dark:border-slate-800">
              <td className="py-1">
                <strong>{CONFIGS[name].title}</strong>
                <br />
                <span className="text-slate-500">{CONFIGS[name].summary}</span>
              </td>
              {m ? (
                <>
                  <td className="tabular-nums">{percent(m.test.inScopeAccuracy.estimate)}</td>
                  <td className="tabular-nums">{percent(m.test.oosRecall?.estimate)}</td>
                  <td className="tabular-nums">{m.test.threshold.toFixed(2)}</td>
                  <td className="tabular-nums">{m.training.seconds.toFixed(0)} s</td>
                  <td className="tabular-nums">{m.size.parameters.toLocaleString('en-US')}</td>
                  <td className="tabular-nums">
                    {fixed(m.latency.server.p50Ms, 2)} / {fixed(m.latency.server.p99Ms, 2)} ms
                  </td>
                </>
              ) : (
                <td colSpan={6} className="text-slate-500">
                  not trained yet: <code className="font-mono">npx nx run nlp-chatbot:train --config {name}</code>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
