import { ConfusionMatrix, NoModelPage, PageIntro, PageSection as Section, PrChart, ReliabilityChart, RocChart, SampleDataBanner, ThresholdChart } from '@atlas/ui';
import Link from 'next/link';
import { FailureCases } from '../../src/components/evaluate/FailureCases';
import { FairnessTables } from '../../src/components/evaluate/FairnessTables';
import { FoldTable } from '../../src/components/evaluate/FoldTable';
import { HeadlineMetrics } from '../../src/components/evaluate/HeadlineMetrics';
import { NoModelNotice } from '../../src/components/NoModelNotice';
import { CONFIGS, type ConfigName } from '../../src/domain/configs';
import { pointAt } from '../../src/domain/cutoff';
import { activeView, latestByConfig } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const [{ active, error }, { byConfig }] = await Promise.all([activeView(), latestByConfig()]);
  if (!active) return <NoModelPage title="How good is the model?" notice={<NoModelNotice error={error} />} />;
  const m = active.metrics;
  const t = m.test;
  const at = pointAt(t.cutoffs, t.confusion.cutoff);
  const trained = (Object.keys(byConfig) as ConfigName[]).flatMap((name) => {
    const entry = byConfig[name];
    return entry ? [{ name, metrics: entry.metrics }] : [];
  });
  const series = trained.map(({ name, metrics }) => ({ name: CONFIGS[name].title, points: metrics.test.roc, auc: metrics.test.auc.estimate }));
  const fairnessModels = trained.flatMap(({ name, metrics }) =>
    (name === 'mlp' || name === 'mlp-no-protected') && metrics.fairness ? [{ name: CONFIGS[name].title, tables: metrics.fairness }] : [],
  );
  return (
    <article className="grid gap-10">
      <PageIntro title="How good is the model?">
        The active model ({CONFIGS[m.config]?.title ?? m.config}, run {active.run.id}) on {t.count.toLocaleString('en-US')} held-out test clients, and across
        five cross-validation folds of all {(m.dataset.rows.train + m.dataset.rows.test).toLocaleString('en-US')}. Intervals are stratified bootstraps. The{' '}
        <Link href="/model-card" className="underline">
          model card
        </Link>{' '}
        collects these figures in the standard sections.
      </PageIntro>
      <SampleDataBanner isSample={active.preprocess.isSample} datasetName={m.dataset.name} command="npx nx run credit-risk:train" />
      <Section id="headline" title="Headline figures">
        <HeadlineMetrics metrics={m} />
        {m.crossValidation ? <FoldTable cv={m.crossValidation} /> : null}
      </Section>
      <Section id="curves" title="Ranking: ROC and precision-recall">
        <div className="grid gap-6 lg:grid-cols-2">
          <RocChart
            series={series.length > 1 ? series : undefined}
            points={series.length > 1 ? undefined : t.roc}
            auc={t.auc.estimate}
            operatingPoint={at.tpr !== null && at.fpr !== null ? { tpr: at.tpr, fpr: at.fpr, threshold: at.cutoff, label: `active model at the ${Math.round(at.cutoff * 100)}% cutoff` } : null}
            title="ROC curve, test set"
          />
          <PrChart points={t.pr} baseline={t.positives / t.count} averagePrecision={t.prAuc} title="Precision and recall of declines, test set" />
        </div>
      </Section>
      <Section id="calibration" title="Calibration and the decision at the cutoff">
        <div className="grid gap-6 lg:grid-cols-2">
          <ReliabilityChart bins={t.reliability.map((b) => ({ meanPredicted: b.meanPredicted, observed: b.observedRate, count: b.count }))} ece={t.ece} title="Predicted PD against the observed default rate" />
          <ConfusionMatrix labels={['repaid', 'defaulted']} matrix={[[t.confusion.tn, t.confusion.fp], [t.confusion.fn, t.confusion.tp]]} title={`Decisions at the ${Math.round(t.confusion.cutoff * 100)}% cutoff (predicted default = decline)`} />
        </div>
        <ThresholdChart
          points={t.cutoffs.filter((p) => p.cutoff > 0 && p.cutoff < 1).map((p) => ({ threshold: p.cutoff, approvalRate: p.approvalRate, badRateApproved: p.badRateApproved, tpr: p.tpr, fpr: p.fpr }))}
          series={[
            { key: 'approvalRate', label: 'approval rate' },
            { key: 'badRateApproved', label: 'bad rate among approved' },
            { key: 'tpr', label: 'defaulters declined (TPR)' },
            { key: 'fpr', label: 'good payers declined (FPR)' },
          ]}
          cursor={t.confusion.cutoff}
          title="What each cutoff does"
        />
      </Section>
      <Section id="fairness" title="Outcomes by group">
        {fairnessModels.length ? (
          <FairnessTables models={fairnessModels} />
        ) : (
          <p>Train the mlp and mlp-no-protected configurations (npx nx run credit-risk:train --config all) to compare their outcomes by group.</p>
        )}
      </Section>
      <Section id="failures" title="Where it fails: real test-set examples">
        <FailureCases cases={m.failureCases} taiwan={active.preprocess.schema.kind === 'taiwan-credit'} />
      </Section>
    </article>
  );
}
