import type { DomainOverview } from '../overview';
import { Card, SectionTitle } from '../primitives';

export interface ActiveModelSummary {
  id: string;
  modelKind: string;
  config?: string | null;
  finishedAt: string | null;
  headline?: { name: string; value: number } | null;
}

/** Overview: the user problem, who it serves, data, model, the source's framing and the lifecycle. */
export interface OverviewPageProps {
  overview: DomainOverview;
  activeModel: ActiveModelSummary | null;
  /** Set when the registry could not be read; shown instead of the model card. */
  registryError?: string;
}

export function OverviewPage({ overview, activeModel, registryError }: OverviewPageProps) {
  return (
    <article className="grid gap-8">
      <header className="grid gap-3">
        <p className="text-sm font-medium uppercase tracking-wide text-indigo-600 dark:text-indigo-400">{overview.product}</p>
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{overview.tagline}</h1>
        <p className="max-w-3xl text-lg text-slate-600 dark:text-slate-300">{overview.problem}</p>
      </header>

      <div className="grid gap-4 md:grid-cols-3">
        <Card title="Who it serves">
          <ul className="list-disc space-y-1 pl-5">
            {overview.audience.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </Card>
        <Card title="Data">
          <ul className="grid gap-3">
            {overview.datasets.map((d) => (
              <li key={d.id}>
                <a className="font-medium underline underline-offset-2" href={d.homepage}>
                  {d.title}
                </a>
                : {d.rows}.
                <span className="mt-1 block text-sm text-slate-500 dark:text-slate-400">License: {d.license}</span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Model">
          <p>{overview.model}</p>
        </Card>
      </div>

      <section aria-labelledby="active-model" className="grid gap-3">
        <SectionTitle id="active-model">Active model</SectionTitle>
        {registryError ? (
          <div role="alert" className="rounded-xl border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200">
            The model registry is unavailable: {registryError}
          </div>
        ) : activeModel ? (
          <Card title={`${activeModel.modelKind} · run ${activeModel.id}`}>
            {activeModel.headline ? (
              <p>
                {activeModel.headline.name}: <strong>{activeModel.headline.value.toFixed(3)}</strong>
              </p>
            ) : null}
            <p className="text-sm text-slate-500">Trained {activeModel.finishedAt ?? 'recently'}.</p>
          </Card>
        ) : (
          <div role="status" className="rounded-xl border border-dashed border-amber-400 bg-amber-50 p-4 text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-200">
            No model has been trained for this domain yet, so there is no tradeoff card to show. Training arrives
            with this domain&apos;s model; until then this page describes the plan.
          </div>
        )}
      </section>

      <section aria-labelledby="framing" className="grid gap-3">
        <SectionTitle id="framing">How this domain is framed</SectionTitle>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">{overview.framing}</p>
        <p className="max-w-3xl text-sm text-slate-500 dark:text-slate-400">
          <strong>Out of scope:</strong> {overview.outOfScope}
        </p>
      </section>

      <section aria-labelledby="lifecycle" className="grid gap-3">
        <SectionTitle id="lifecycle">Lifecycle</SectionTitle>
        <ol className="grid gap-3 md:grid-cols-5">
          {overview.lifecycle.map((s, i) => (
            <li key={s.step} className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
              <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">
                {i + 1}. {s.step}
              </p>
              <p className="mt-1 text-sm">{s.plan}</p>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
