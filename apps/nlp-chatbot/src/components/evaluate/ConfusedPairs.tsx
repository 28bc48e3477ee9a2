import type { ConfusedPair } from '../../domain/evaluate';
import { words } from '../format';

/** The intent pairs the model mixes up most, with real test messages. */
export function ConfusedPairs({ pairs }: { pairs: ConfusedPair[] }) {
  return (
    <table className="w-full text-sm" data-testid="confused-pairs">
      <thead>
        <tr className="text-left">
          <th className="py-1">Actual intent</th>
          <th>Answered as</th>
          <th>Test messages</th>
          <th>Examples</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((p) => (
          <tr key={`${p.actual}-${p.predicted}`} className="border-t border-slate-200 align-top dark:border-slate-800">
            <td className="py-1">{words(p.actual)}</td>
            <td>{words(p.predicted)}</td>
            <td className="tabular-nums">{p.count}</td>
            <td>
              <ul className="list-disc pl-4">
                {p.examples.map((e) => (
                  <li key={e}>“{e}”</li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
