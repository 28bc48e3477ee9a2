import { PageIntro, PageSection as Section, SampleDataBanner } from '@atlas/ui';
import { BringYourOwnData } from '../../src/components/data/BringYourOwnData';
import { QualityReportView } from '../../src/components/data/QualityReportView';
import { StabilityTable } from '../../src/components/data/StabilityTable';
import { NoModelNotice } from '../../src/components/NoModelNotice';
import { stabilityReport } from '../../src/server/monitoring';
import { activeView, latestByConfig } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const [{ active, error }, { byConfig }] = await Promise.all([activeView(), latestByConfig()]);
  const report = active?.metrics.dataReport ?? Object.values(byConfig).find((c) => c?.metrics.dataReport)?.metrics.dataReport ?? null;
  const stability = active ? await stabilityReport(active.run.id, active.preprocess).catch(() => null) : null;
  return (
    <article className="grid gap-10">
      <PageIntro title="The data">
        30,000 credit-card clients of a Taiwanese bank, April to September 2005: their credit limit, sex, education, marital status and age, six months of
        repayment status, bills and payments, and whether they defaulted the following month. Below: what the data pipeline found and changed, how the
        applications scored since training compare with it, and how to train on your own file.
      </PageIntro>
      {active ? <SampleDataBanner isSample={active.preprocess.isSample} datasetName={active.metrics.dataset.name} command="npx nx run credit-risk:train" /> : null}
      {report ? <QualityReportView report={report} /> : <NoModelNotice error={error} />}
      <Section id="monitoring" title="Monitoring: are today's applicants like the training data?">
        {active && stability ? <StabilityTable scored={stability.scored} results={stability.results} /> : <p>Monitoring starts once a model is active and scores applications.</p>}
      </Section>
      <Section id="byo" title="Bring your own data">
        <BringYourOwnData />
      </Section>
    </article>
  );
}
