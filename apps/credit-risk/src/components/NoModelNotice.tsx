/** What a page shows when nothing is trained yet, with the command that fixes it. */
export function NoModelNotice({ error }: { error?: string | null }) {
  if (error) {
    return (
      <div role="alert" className="rounded-xl border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200">
        The model could not be loaded: {error}
      </div>
    );
  }
  return (
    <div role="status" className="rounded-xl border border-dashed border-amber-400 bg-amber-50 p-4 text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-200">
      No credit model is trained yet. Train one with <code className="font-mono">npx nx run credit-risk:train</code> (or on the Train page), then come back.
    </div>
  );
}
