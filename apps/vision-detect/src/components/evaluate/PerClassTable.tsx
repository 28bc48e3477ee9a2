import { formatNumber } from '@atlas/ui';
import type { ClassAp } from '../../domain/evaluate';

/** AP per class at IoU 0.5, 0.75 and averaged over 0.5:0.95, with the number of test boxes behind each. */
export function PerClassTable({ classes }: { classes: ClassAp[] }) {
  return (
    <table className="w-full max-w-2xl border-collapse text-sm" data-testid="per-class-ap">
      <caption className="mb-2 text-left text-xs text-slate-500">Average precision per class on the test images (COCO 101-point interpolation).</caption>
      <thead>
        <tr className="border-b text-left">
          <th className="p-2">Class</th>
          <th className="p-2 text-right">Test boxes</th>
          <th className="p-2 text-right">AP@0.5</th>
          <th className="p-2 text-right">AP@0.75</th>
          <th className="p-2 text-right">AP@0.5:0.95</th>
        </tr>
      </thead>
      <tbody>
        {classes.map((c) => (
          <tr key={c.name} className="border-b border-slate-100 dark:border-slate-800">
            <th scope="row" className="p-2 text-left font-medium">
              {c.name}
            </th>
            <td className="p-2 text-right">{c.groundTruths}</td>
            <td className="p-2 text-right">{formatNumber(c.ap50)}</td>
            <td className="p-2 text-right">{formatNumber(c.ap75)}</td>
            <td className="p-2 text-right">{formatNumber(c.apMean)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
