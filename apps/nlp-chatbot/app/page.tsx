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
        <ActiveTradeoffSection card={active.card} banner={{ isSample: active.preprocess.isSample, datasetName: active.metrics.dataset.name, command: 'npx nx run nlp-chatbot:train' }} />
      ) : null}
      <p className="text-sm">
        More: the{' '}
        <Link href="/model-card" className="underline">
          model card
        </Link>
        ,{' '}
        <Link href="/evaluate" className="underline">
          how it was evaluated
        </Link>{' '}
        and the{' '}
        <Link href="/text-classifier" className="underline">
          Chinese text classifier
        </Link>{' '}
        (the seed&apos;s example, done right).
      </p>
    </div>
  );
}
