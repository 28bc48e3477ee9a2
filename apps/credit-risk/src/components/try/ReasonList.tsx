import type { Reason } from '../../domain/reasons';

/** The top reasons toward default, as an adverse-action notice would list them. */
export function ReasonList({ reasons, method }: { reasons: Reason[]; method: string }) {
  return (
    <section aria-labelledby="reasons-title" className="grid gap-2">
      <h3 id="reasons-title" className="font-semibold">
        Main reasons the score leans toward default
      </h3>
      {reasons.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing in this application pushes the score toward default compared with a typical repaying client.</p>
      ) : (
        <ol className="grid list-decimal gap-1 pl-5" data-testid="reasons">
          {reasons.map((r) => (
            <li key={r.group}>
              {r.text}
              {r.protected ? <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900 dark:bg-amber-900/40 dark:text-amber-200">not a lawful reason</span> : null}
            </li>
          ))}
        </ol>
      )}
      <p className="text-xs text-slate-500">Method: {method}.</p>
    </section>
  );
}
