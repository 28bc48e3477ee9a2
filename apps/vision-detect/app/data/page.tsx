import { PageIntro, SampleDataBanner } from '@atlas/ui';
import { BringYourOwnData } from '../../src/components/data/BringYourOwnData';
import { DatasetFacts } from '../../src/components/data/DatasetFacts';
import { NoModelNotice } from '../../src/components/NoModelNotice';
import { Section } from '../../src/components/Section';
import { activeView, latestByConfig } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';


export default async function Page() {
  const [{ active, error }, { byConfig }] = await Promise.all([activeView(), latestByConfig()]);
  const metrics = active?.metrics.dataset.source !== 'custom' ? active?.metrics : Object.values(byConfig).find(Boolean)?.metrics;
  return (
    <article className="grid gap-10">
      <PageIntro title="The data">
        221 photos of roads and signs from the Kaggle Road Sign Detection set (andrewmvd), a stratified subset of its 877 images, with 309 hand-drawn boxes in four
        classes: speed limit, stop, crosswalk and traffic light. The images are RGBA PNGs; the alpha channel is dropped. License: CC0 1.0 as declared by the
        uploader; the photos were collected from the web and their provenance is not documented. Citation: Larxel (andrewmvd), Road Sign Detection, Kaggle (2020).
      </PageIntro>
      {metrics ? (
        <>
          <SampleDataBanner isSample={metrics.dataset.source === 'sample'} datasetName={metrics.dataset.name} command="npx nx run vision-detect:train" />
          <DatasetFacts dataset={metrics.dataset} report={metrics.dataReport ?? null} inputSize={metrics.configDetails.inputSize} />
        </>
      ) : (
        <NoModelNotice error={error} />
      )}
      <Section id="byo" title="Bring your own data">
        <BringYourOwnData />
      </Section>
    </article>
  );
}
