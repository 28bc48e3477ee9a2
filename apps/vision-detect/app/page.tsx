import { OverviewPage } from '@atlas/ui';
import { readActiveModel } from '@atlas/registry';
import { overview } from '../src/domain/overview';

export default async function Page() {
  const { model, error } = await readActiveModel(overview.domain);
  return <OverviewPage overview={overview} activeModel={model} registryError={error} />;
}
