import { listRuns } from '@atlas/registry';
import { summarizeRun } from '@atlas/service';
import { RunsTable, SampleDataBanner, TrainPanel } from '@atlas/ui';
import { PageHeader, taskFromQuery } from '../../src/components/PageHeader';
import { PrivacyTable } from '../../src/components/PrivacyTable';
import { trainerInfo } from '../../src/domain/trainer-info';
import { TASKS } from '../../src/domain/tasks';
import { privacyTable, taskModelView } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const task = taskFromQuery((await searchParams).task);
  let runs: ReturnType<typeof summarizeRun>[] = [];
  try {
    runs = (await listRuns('med-diagnosis')).map(summarizeRun);
  } catch {
    runs = [];
  }
  const active = runs.find((r) => r.active);
  const configs = Object.entries(trainerInfo.configs).map(([name, c]) => ({ name, label: c.label, description: c.description }));
  const [{ view }, privacy] = await Promise.all([taskModelView(task), privacyTable()]);
  const hospitals = view?.metrics.hospitals;
  return (
    <div className="space-y-6">
      <PageHeader task={task} path="/train" />
      <h1 className="text-2xl font-semibold">Train: {TASKS[task].name}</h1>
      <SampleDataBanner isSample={active?.isSample ?? undefined} command="npx nx run med-diagnosis:train" />
      <TrainPanel configs={configs} defaultConfig={trainerInfo.defaultConfig} />
      <RunsTable runs={runs} />
      <section>
        <h2 className="font-semibold">Privacy: the simulated hospitals ({TASKS[task].name})</h2>
        <p className="text-sm text-gray-600">Five simulated hospitals: {TASKS[task].hospitals.why}. Federated runs train on each hospital’s rows locally and share only model weights.</p>
        {hospitals ? (
          <table className="mt-2 text-sm">
            <thead><tr><th className="pr-4 text-left">Hospital</th><th className="pr-4">Patients</th><th>{TASKS[task].positiveLabel}</th></tr></thead>
            <tbody>
              {hospitals.map((h) => (
                <tr key={h.name}><td className="pr-4">{h.name}</td><td className="pr-4 text-right">{h.size}</td><td className="text-right">{((h.positives / Math.max(1, h.size)) * 100).toFixed(0)}%</td></tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm">The model serving this task is centralized; train a federated configuration to see the hospitals.</p>
        )}
      </section>
      <PrivacyTable rows={privacy} />
    </div>
  );
}
