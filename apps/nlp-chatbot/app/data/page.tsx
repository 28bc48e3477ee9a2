import { PageIntro, SampleDataBanner } from '@atlas/ui';
import { BringYourOwnData } from '../../src/components/data/BringYourOwnData';
import { QualityReportView } from '../../src/components/data/QualityReportView';
import { NoModelNotice } from '../../src/components/NoModelNotice';
import { Section } from '../../src/components/Section';
import { activeView, latestByConfig } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const [{ active, error }, { byConfig }] = await Promise.all([activeView(), latestByConfig()]);
  const withReport = [active?.metrics, ...Object.values(byConfig).map((c) => c?.metrics)].find((m) => m?.dataReport);
  return (
    <article className="grid gap-10">
      <PageIntro title="The data">
        CLINC150: 150 intents in ten domains (banking, credit cards, travel, work, small talk…), 100 training utterances each written by crowd workers, plus
        out-of-scope queries that no intent covers, with the upstream train, validation and test splits. Below: what the data pipeline found and changed, and
        how to train on your own intents.
      </PageIntro>
      {active ? <SampleDataBanner isSample={active.preprocess.isSample} datasetName={active.metrics.dataset.name} command="npx nx run nlp-chatbot:train" /> : null}
      {withReport?.dataReport ? (
        <QualityReportView report={withReport.dataReport} domainOf={Object.fromEntries(withReport.test.perIntent.map((i) => [i.intent, i.domain]))} />
      ) : active ? (
        <p role="status">The quality report appears after a training run on CLINC150 (npx nx run nlp-chatbot:train); the active model was trained on your own intents.</p>
      ) : (
        <NoModelNotice error={error} />
      )}
      <Section id="byo" title="Bring your own intents">
        <BringYourOwnData />
      </Section>
    </article>
  );
}
