import { SampleDataBanner } from '@atlas/ui';
import { NoModelNotice } from '../../src/components/NoModelNotice';
import { TryPanel } from '../../src/components/try/TryPanel';
import { tryChoices } from '../../src/server/try-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const { runs, defaultRunId, gallery, error } = await tryChoices();
  return (
    <article className="grid gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Find the road signs</h1>
        <p className="max-w-3xl text-slate-600 dark:text-slate-300">
          Upload a photo, pick a test image or use the camera. The detector draws a box around each speed limit, stop sign, crosswalk sign and traffic light it
          finds, with its confidence. The sliders re-filter the model&apos;s candidates instantly: a higher confidence shows fewer false boxes and misses more signs.
          Choose a configuration to trade accuracy for speed, and run the same model in this browser to compare latencies.
        </p>
      </header>
      {defaultRunId ? (
        <>
          <SampleDataBanner isSample={false} command="npx nx run vision-detect:train" />
          <TryPanel runs={runs} defaultRunId={defaultRunId} gallery={gallery} />
        </>
      ) : (
        <NoModelNotice error={error} />
      )}
    </article>
  );
}
