import { PageHeader, taskFromQuery } from '../../src/components/PageHeader';
import { TryPanel } from '../../src/components/TryPanel';
import { TASKS } from '../../src/domain/tasks';
import { taskModelView } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

const PIMA_EXAMPLE: Record<string, number | null> = { pregnancies: 2, glucose: 148, blood_pressure: 72, skin_thickness: 35, insulin: null, bmi: 33.6, diabetes_pedigree: 0.627, age: 50 };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const task = taskFromQuery((await searchParams).task);
  const spec = TASKS[task];
  const { view, error } = await taskModelView(task);
  return (
    <div>
      <PageHeader task={task} path="/try" />
      <h1 className="mb-2 text-2xl font-semibold">Try: {spec.name}</h1>
      {!view ? (
        <p role="alert">No model yet: {error}</p>
      ) : (
        <TryPanel
          key={task}
          task={task}
          positiveLabel={spec.positiveLabel}
          prevalence={view.metrics.cv.prevalence}
          thresholds={view.metrics.thresholds}
          features={spec.features.map((f) => {
            const col = view.metrics.columns?.find((c) => c.name === f.name);
            return {
              ...f,
              typical: col ? `${Number(col.p05.toPrecision(3))}-${Number(col.p95.toPrecision(3))}` : 'see the Data page',
              example: task === 'pima' ? (PIMA_EXAMPLE[f.name] ?? null) : col ? Number(col.median.toPrecision(3)) : null,
            };
          })}
        />
      )}
    </div>
  );
}
