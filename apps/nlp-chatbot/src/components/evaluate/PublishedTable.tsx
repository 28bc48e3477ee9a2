import { PUBLISHED } from '../../domain/card';
import { percent } from '../format';

/** This project's runs next to the published CLINC150 results (Larson et al. 2019, full data set). */
export function PublishedTable({ ours }: { ours: { name: string; inScope: number; oosRecall: number | null; seconds: number }[] }) {
  return (
    <table className="w-full max-w-2xl text-sm" data-testid="published-table">
      <caption className="text-left text-slate-500">In-scope accuracy and out-of-scope recall on the CLINC150 test set.</caption>
      <thead>
        <tr className="text-left">
          <th className="py-1">Model</th>
          <th>In-scope accuracy</th>
          <th>OOS recall</th>
          <th>Source</th>
        </tr>
      </thead>
      <tbody>
        {ours.map((o) => (
          <tr key={o.name} className="font-semibold">
            <td className="py-1">{o.name}</td>
            <td>{percent(o.inScope)}</td>
            <td>{percent(o.oosRecall)}</td>
            <td>this project, trained in {o.seconds.toFixed(0)} s</td>
          </tr>
        ))}
        {PUBLISHED.map((p) => (
          <tr key={p.name}>
            <td className="py-1">{p.name}</td>
            <td>{p.inScope.toFixed(1)}%</td>
            <td>{p.oosRecall.toFixed(1)}%</td>
            <td>Larson et al. 2019</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
