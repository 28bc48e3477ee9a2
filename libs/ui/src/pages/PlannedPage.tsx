import type { DomainOverview } from '../overview';
import { PAGES, type PageSlug } from '../navigation';

/** What each page will hold once the domain's model lands; shown honestly until then. */
const PLANS: Record<Exclude<PageSlug, ''>, string[]> = {
  try: ['The product itself with a live prediction', 'Its confidence and explanation', 'Product knobs and what they do to the business numbers', 'Server and in-browser latency side by side'],
  evaluate: ['Test-set metrics with confidence intervals and their reference anchor', 'ROC/PR, calibration and confusion plots', 'Per-slice tables and real failure cases'],
  train: ['Named training configurations', 'Streamed progress and the loss curve', 'A table of runs and promotion to active'],
  data: ['The dataset quality report and what cleaning did', 'License, citation and class balance', 'How to bring your own data'],
  compare: ['The tradeoff cards of all five domains side by side', 'Quality, latency, size, training cost, privacy and explainability'],
};

export function PlannedPage({ page, overview }: { page: Exclude<PageSlug, ''>; overview: DomainOverview }) {
  const label = PAGES.find((p) => p.slug === page)?.label ?? page;
  return (
    <article className="grid max-w-3xl gap-4">
      <h1 className="text-3xl font-semibold tracking-tight">
        {label} · {overview.product}
      </h1>
      <div role="status" className="rounded-xl border border-dashed border-slate-300 bg-white p-5 dark:border-slate-700 dark:bg-slate-900">
        <p className="font-medium">Not available yet: no model has been trained for this domain.</p>
        <p className="mt-2 text-slate-600 dark:text-slate-300">When it is, this page shows:</p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
          {PLANS[page].map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </article>
  );
}
