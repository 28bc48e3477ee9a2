// The top of every page: the "research demo" banner and the task switch (Pima / WDBC).
import Link from 'next/link';
import { TASK_IDS, TASKS, type TaskId } from '../domain/tasks';

export function ResearchBanner() {
  return (
    <div role="note" data-testid="research-banner" className="mb-4 rounded-md border border-amber-400 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
      <strong>Research demo, not for clinical use.</strong> The risks shown come from small historical cohorts and must not guide the care of any patient.
    </div>
  );
}

export function TaskSwitch({ task, path }: { task: TaskId; path: string }) {
  return (
    <nav aria-label="Task" className="mb-4 flex gap-2 text-sm">
      {TASK_IDS.map((id) => (
        <Link
          key={id}
          href={`${path}?task=${id}`}
          aria-current={id === task ? 'page' : undefined}
          className={`rounded-full border px-3 py-1 ${id === task ? 'border-blue-600 bg-blue-600 text-white' : 'border-gray-300'}`}
        >
          {TASKS[id].name}
        </Link>
      ))}
    </nav>
  );
}

export function PageHeader({ task, path }: { task: TaskId; path: string }) {
  return (
    <>
      <ResearchBanner />
      <TaskSwitch task={task} path={path} />
    </>
  );
}

export function taskFromQuery(value: string | string[] | undefined): TaskId {
  return value === 'wdbc' ? 'wdbc' : 'pima';
}
