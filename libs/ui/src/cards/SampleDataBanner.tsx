export interface SampleDataBannerProps {
  /** True when the model was trained on the project's own sample. Nothing is shown otherwise. */
  isSample: boolean | null | undefined;
  datasetName?: string;
  /** The command that trains on the real dataset, e.g. `npx nx run credit-risk:train`. */
  command?: string;
}

/** Says plainly when the numbers on a page come from the project's small sample, not the real data. */
export function SampleDataBanner({ isSample, datasetName, command }: SampleDataBannerProps) {
  if (!isSample) return null;
  return (
    <div role="note" aria-label="Sample data" className="rounded-xl border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
      <p className="font-semibold">Trained on sample data, not the real dataset.</p>
      <p className="mt-1 text-sm">
        This model learned from the small sample the project generates for tests{datasetName ? ` (${datasetName})` : ''}, because the real dataset was not
        available when it was trained. Its quality, calibration and fairness figures say nothing about the real data.
        {command ? (
          <>
            {' '}
            To train on the real dataset, run <code className="rounded bg-amber-100 px-1 font-mono dark:bg-amber-900">{command}</code> with the dataset
            cache or mirror in place.
          </>
        ) : null}
      </p>
    </div>
  );
}
