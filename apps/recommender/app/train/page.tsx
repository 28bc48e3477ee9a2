import { listRuns } from '@atlas/registry';
import { summarizeRun } from '@atlas/service';
import { RunsTable, SampleDataBanner, TrainPanel } from '@atlas/ui';
import { trainerInfo } from '../../src/domain/trainer-info';

export const dynamic = 'force-dynamic';

export default async function Page() {
  let runs: ReturnType<typeof summarizeRun>[] = [];
  let error: string | null = null;
  try {
    runs = (await listRuns('recommender')).map(summarizeRun);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const active = runs.find((r) => r.active);
  const configs = Object.entries(trainerInfo.configs).map(([name, c]) => ({ name, label: c.label, description: c.description }));
  return (
    <div className="mx-auto max-w-5xl space-y-6 p-6">
      <h1 className="text-2xl font-semibold">Train</h1>
      {error && <p role="alert">{error}</p>}
      <SampleDataBanner isSample={active?.isSample ?? undefined} command="npx nx run recommender:train" />
      <TrainPanel configs={configs} defaultConfig={trainerInfo.defaultConfig} />
      <RunsTable runs={runs} />
    </div>
  );
}
