import { listRuns } from '@atlas/registry';
import { summarizeRun } from '@atlas/service';
import { RunsTable, SampleDataBanner, TrainPanel } from '@atlas/ui';
import { PageHeader, taskFromQuery } from '../../src/components/PageHeader';
import { PrivacyTable } from '../../src/components/PrivacyTable';
import { EpsilonChart } from '../../src/components/privacy/EpsilonChart';
import { FederatedLive } from '../../src/components/privacy/FederatedLive';
import { HospitalsTable } from '../../src/components/privacy/HospitalsTable';
import { PRESETS } from '../../src/domain/configs';
import { trainerInfo } from '../../src/domain/trainer-info';
import { TASK_IDS, TASKS } from '../../src/domain/tasks';
import { privacyTable, taskModelView } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const task = taskFromQuery((await searchParams).task);
  const spec = TASKS[task];
  let runs: ReturnType<typeof summarizeRun>[] = [];
  try {
    runs = (await listRuns('med-diagnosis')).map(summarizeRun);
  } catch {
    runs = [];
  }
  const active = runs.find((r) => r.active);
  // The custom- configurations need a CSV on the server's disk: the command line trains them.
  const web = PRESETS.filter((p) => p.params.task !== 'custom');
  const configs = web.map((p) => ({ name: p.name, label: p.label, description: p.description }));
  const federated = web.filter((p) => p.params.task === task && (p.params.kind === 'federated' || p.params.kind === 'federated-dp')).map((p) => ({ name: p.name, label: p.label }));
  const [{ view }, privacy] = await Promise.all([taskModelView(task), privacyTable()]);
  const hospitals = view?.metrics.groups ?? view?.metrics.hospitals ?? null;
  return (
    <div className="space-y-6">
      <PageHeader task={task} path="/train" />
      <h1 className="text-2xl font-semibold">Train: {spec.name}</h1>
      <SampleDataBanner isSample={active?.isSample ?? undefined} command="npx nx run med-diagnosis:train" />
      <TrainPanel configs={configs} defaultConfig={trainerInfo.defaultConfig} />
      <RunsTable runs={runs} />
      <section id="privacy" aria-labelledby="privacy-title" className="space-y-4" data-testid="privacy-section">
        <h2 id="privacy-title" className="text-xl font-semibold">Privacy</h2>
        <div>
          <h3 className="font-semibold">The simulated hospitals ({spec.name})</h3>
          <p className="text-sm text-gray-600">
            Five simulated hospitals: {spec.hospitals.why}. Federated runs train on each hospital’s rows locally and share only model weights; with DP-SGD each hospital also
            clips and noises every patient’s gradient, and the accountant adds up the epsilon spent round by round.
          </p>
          {hospitals ? (
            <HospitalsTable hospitals={hospitals} positiveLabel={spec.positiveLabel} />
          ) : (
            <p className="text-sm">No run of this task yet: <code>npx nx run med-diagnosis:train --task {task}</code>.</p>
          )}
        </div>
        <FederatedLive key={task} options={federated} />
        <div>
          <h3 className="font-semibold">Accuracy against the privacy budget</h3>
          <p className="text-sm text-gray-600">Smaller epsilon means stronger privacy (delta 1e-5); each point is the cross-validated ROC AUC of a federated-dp run.</p>
          <div className="mt-2 flex flex-wrap gap-6">
            {TASK_IDS.map((t) => (
              <EpsilonChart key={t} rows={privacy} task={t} title={TASKS[t].name} />
            ))}
          </div>
        </div>
        <PrivacyTable rows={privacy} />
      </section>
    </div>
  );
}
