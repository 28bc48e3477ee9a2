import { ConfusionMatrix, NoModelPage, PageIntro, PrChart, SampleDataBanner } from '@atlas/ui';
import Link from 'next/link';
import { FailureGallery } from '../../src/components/evaluate/FailureGallery';
import { HeadlineMetrics } from '../../src/components/evaluate/HeadlineMetrics';
import { PerClassTable } from '../../src/components/evaluate/PerClassTable';
import { TradeoffChart, type TradeoffPoint } from '../../src/components/evaluate/TradeoffChart';
import { NoModelNotice } from '../../src/components/NoModelNotice';
import { Section } from '../../src/components/Section';
import { BEST_CONFIG, CONFIGS, type ConfigName } from '../../src/domain/configs';
import { activeView, latestByConfig } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';


export default async function Page() {
  const [{ active, error }, { byConfig }] = await Promise.all([activeView(), latestByConfig()]);
  if (!active) return <NoModelPage title="How good is the detector?" notice={<NoModelNotice error={error} />} />;
  const m = active.metrics;
  const t = m.test;
  const points: TradeoffPoint[] = (Object.keys(byConfig) as ConfigName[]).flatMap((name) => {
    const e = byConfig[name];
    if (!e) return [];
    return [{ runId: e.run.id, label: CONFIGS[name].title, map50: e.metrics.test.map50.estimate, serverMs: e.metrics.latency.server.p50Ms, bytes: e.metrics.size.bytes, probeImage: e.metrics.dataset.splitIds.test[0] ?? null }];
  });
  return (
    <article className="grid gap-10">
      <PageIntro title="How good is the detector?">
        The active model ({CONFIGS[m.config as ConfigName]?.title ?? m.config}, run {active.run.id}) on {t.images} held-out test images with {t.boxes} annotated
        signs. A box counts as found when it has the right class and overlaps the annotation by at least half (IoU 0.5); mAP@0.5:0.95 also asks for tight
        boxes. Intervals resample the test images. The{' '}
        <Link href="/model-card" className="underline">
          model card
        </Link>{' '}
        collects these figures in the standard sections.
      </PageIntro>
      <SampleDataBanner isSample={m.dataset.source === 'sample'} datasetName={m.dataset.name} command="npx nx run vision-detect:train" />
      <Section id="headline" title="Headline figures">
        <HeadlineMetrics metrics={m} best={byConfig[BEST_CONFIG] ?? null} />
      </Section>
      <Section id="per-class" title="Per class: average precision and precision-recall">
        <div className="grid gap-6 lg:grid-cols-2">
          <PerClassTable classes={t.perClass} />
          <PrChart series={t.perClass.map((c) => ({ name: c.name, points: c.pr, averagePrecision: c.ap50 }))} title="Precision against recall per class (IoU 0.5)" />
        </div>
      </Section>
      <Section id="confusion" title="Confusion, including background">
        <ConfusionMatrix
          labels={t.confusion.labels}
          matrix={t.confusion.counts}
          title={`Boxes at confidence ${t.confusion.scoreThreshold} matched at IoU ${t.confusion.iouThreshold}: the background row holds false boxes, the background column missed signs`}
        />
      </Section>
      <Section id="tradeoff" title="The tradeoff: accuracy, latency and size per configuration">
        <TradeoffChart points={points} />
      </Section>
      <Section id="failures" title="Where it fails: the worst test images">
        <p className="max-w-3xl text-sm text-slate-600">Dashed white: the annotation. Colour: what the detector reported at confidence 30%.</p>
        <FailureGallery cases={t.failures} classes={m.classes} />
      </Section>
    </article>
  );
}
