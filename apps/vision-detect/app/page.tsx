import { ActiveTradeoffSection, OverviewPage } from '@atlas/ui';
import { readActiveModel } from '@atlas/registry';
import Link from 'next/link';
import { overview } from '../src/domain/overview';
import { activeView } from '../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const [{ model, error }, { active }] = await Promise.all([readActiveModel(overview.domain), activeView()]);
  return (
    <div className="grid gap-8">
      <OverviewPage overview={overview} activeModel={model} registryError={error} />
      {active ? (
        <ActiveTradeoffSection card={active.card}>
          <p className="text-sm">
            <Link href="/try" className="underline">
              Try it on a photo
            </Link>
            ,{' '}
            <Link href="/evaluate" className="underline">
              see where it fails
            </Link>{' '}
            or{' '}
            <Link href="/model-card" className="underline">
              read the model card
            </Link>
            .
          </p>
        </ActiveTradeoffSection>
      ) : null}
    </div>
  );
}
