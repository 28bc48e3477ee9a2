import { OverviewPage } from '@atlas/ui';
import { readActiveModel } from '@atlas/registry';
import { ResearchBanner } from '../src/components/PageHeader';
import { overview } from '../src/domain/overview';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const { model, error } = await readActiveModel(overview.domain);
  return (
    <>
      <ResearchBanner />
      <OverviewPage overview={overview} activeModel={model} registryError={error} />
    </>
  );
}
