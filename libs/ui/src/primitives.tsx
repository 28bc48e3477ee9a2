import type { ReactNode } from 'react';

export function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{title}</h2>
      <div className="text-slate-800 dark:text-slate-200">{children}</div>
    </section>
  );
}

export function SectionTitle({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className="text-xl font-semibold tracking-tight">
      {children}
    </h2>
  );
}

/** What a page shows when nothing is trained yet (with the command that fixes it), or why loading failed. */
export function NoModelNotice({ error, what, command }: { error?: string | null; what: string; command: string }) {
  if (error) {
    return (
      <div role="alert" className="rounded-xl border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200">
        The model could not be loaded: {error}
      </div>
    );
  }
  return (
    <div role="status" className="rounded-xl border border-dashed border-amber-400 bg-amber-50 p-4 text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-200">
      No {what} is trained yet. Train one with <code className="font-mono">{command}</code> (or on the Train page), then come back.
    </div>
  );
}
