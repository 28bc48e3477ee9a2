import { OverviewPage, TradeoffCard } from '@atlas/ui';
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
        <section aria-labelledby="tradeoff-card" className="grid gap-3">
          <h2 id="tradeoff-card" className="text-xl font-semibold tracking-tight">
            Tradeoff card of the active model
          </h2>
          <TradeoffCard card={active.card} headingLevel={3} />
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
        </section>
      ) : null}
    </div>
  );
}
