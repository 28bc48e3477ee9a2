import { ActiveTradeoffSection, OverviewPage } from '@atlas/ui';
import { readActiveModel } from '@atlas/registry';
import Link from 'next/link';
import { overview } from '../src/domain/overview';
import { activeView } from '../src/server/page-data';

export default async function Page() {
  const [{ model, error }, { active }] = await Promise.all([readActiveModel(overview.domain), activeView()]);
  return (
    <div className="grid gap-8">
      <OverviewPage overview={overview} activeModel={model} registryError={error} />
      {active ? (
        <ActiveTradeoffSection card={active.card} banner={{ isSample: active.preprocess.isSample, datasetName: active.metrics.dataset.name, command: 'npx nx run credit-risk:train' }}>
          <p className="text-sm">
            <Link href="/model-card" className="underline">
              Read the model card
            </Link>{' '}
            or{' '}
            <Link href="/evaluate" className="underline">
              see how it was evaluated
            </Link>
            .
          </p>
        </ActiveTradeoffSection>
      ) : null}
    </div>
  );
}
