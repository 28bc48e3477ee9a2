// The five simulated hospitals of a task: how many patients each holds and its label balance (the
// non-IID split that makes federated training harder than pooling).
export interface HospitalRow {
  name: string;
  size: number;
  positives: number;
}

export function HospitalsTable({ hospitals, positiveLabel }: { hospitals: HospitalRow[]; positiveLabel: string }) {
  const total = hospitals.reduce((s, h) => s + h.size, 0);
  return (
    <table className="mt-2 text-sm" aria-label="Simulated hospitals">
      <thead>
        <tr className="text-left">
          <th className="pr-4">Hospital</th>
          <th className="pr-4 text-right">Patients</th>
          <th className="pr-4 text-right">Share</th>
          <th className="pr-4 text-right">{positiveLabel}</th>
          <th>Label balance</th>
        </tr>
      </thead>
      <tbody>
        {hospitals.map((h) => {
          const rate = h.positives / Math.max(1, h.size);
          return (
            <tr key={h.name}>
              <td className="pr-4">{h.name}</td>
              <td className="pr-4 text-right">{h.size}</td>
              <td className="pr-4 text-right">{((h.size / Math.max(1, total)) * 100).toFixed(0)}%</td>
              <td className="pr-4 text-right">
                {h.positives} ({(rate * 100).toFixed(0)}%)
              </td>
              <td>
                <span className="inline-block h-2 w-32 rounded bg-gray-200 align-middle dark:bg-gray-700" aria-hidden>
                  <span className="block h-2 rounded bg-rose-500" style={{ width: `${rate * 100}%` }} />
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
